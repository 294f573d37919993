using CitizenFocus.Contact;
using CallEntity = CitizenFocus.Calls.Call;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;

namespace CitizenFocus.Identity;

/// <summary>
/// The unit-bound records the scope rule knows, and which of them can be shared with a partner agency.
/// A new kind of personal or unit-bound record gets its place here, and its queries go through
/// <see cref="ScopeRule"/>.
/// </summary>
public static class RecordPlaces
{
    /// <summary>The record type names shares and the audit trail use.</summary>
    public const string Call = "Call";

    public const string Message = "Message";

    public static readonly RecordPlace<CallEntity> Calls = new(Call, c => c.BoroughId, c => c.WardId, c => c.Reference);

    public static readonly RecordPlace<TeamMessage> Messages = new(Message, m => m.BoroughId, m => m.WardId, m => m.Reference);

    /// <summary>Clocks are work, not records: a partner agency sees those its own officers hold, never one because its record is shared.</summary>
    public static readonly RecordPlace<Clock> Clocks = new("Clock", c => c.BoroughId, c => c.WardId, heldByAgency: c => c.PartnerAgencyId);

    /// <summary>A record's recurring promise (a victim's updates, a ward's meetings): placed like its clocks.</summary>
    public static readonly RecordPlace<ClockSeries> Series = new("ClockSeries", s => s.BoroughId, s => s.WardId, heldByAgency: s => s.PartnerAgencyId);

    public static readonly RecordPlace<NeighbourhoodTeam> Teams = new("Team", t => t.BoroughId, t => t.WardId);

    public static readonly RecordPlace<Crime> Crimes = new("Crime", c => c.BoroughId, c => c.WardId);

    /// <summary>The record types a member of staff can share with a partner agency.</summary>
    public static readonly IReadOnlyList<string> Shareable = [Call, Message];
}
