using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Statistics.PeerGroups;

/// <summary>
/// An analyst chooses a borough's or ward's peers in place of the most similar by census profile, or
/// goes back to the most similar. Either changes every grade of the unit computed afterwards, so each is
/// audited with the group before and after and the reason.
/// </summary>
public sealed class SetPeerGroup(CitizenFocusDb db, AuditLog audit, TimeProvider time)
{
    public const string RecordType = "Peer group";

    public async Task<Result> HandleAsync(OrgLevel level, string unitCode, IReadOnlyList<string> peerCodes, string? reason, string actor, CancellationToken ct = default)
    {
        if (level is not (OrgLevel.Borough or OrgLevel.Ward)) return Result.Invalid("Level", "Only boroughs' and wards' peers can be chosen");
        var codes = await CodesAsync(level, ct);
        if (!codes.TryGetValue(unitCode, out var unit)) return Result.NotFound("Unit", $"There is no {Word(level)} {unitCode}");

        var errors = new List<ValidationError>();
        var peers = peerCodes.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var unknown = peers.FirstOrDefault(p => !codes.ContainsKey(p));
        if (unknown is not null) errors.Add(new ValidationError("Peers", $"There is no {Word(level)} {unknown}"));
        else if (peers.Any(p => string.Equals(p, unit, StringComparison.OrdinalIgnoreCase)))
            errors.Add(new ValidationError("Peers", $"A {Word(level)} is not its own peer: the peer average includes it already"));
        else if (peers.Count == 0) errors.Add(new ValidationError("Peers", $"Choose at least one {Word(level)} to compare with"));
        var why = reason?.Trim() ?? "";
        if (why.Length == 0) errors.Add(new ValidationError("Reason", "Say why these peers are better than the most similar by census profile"));
        else if (why.Length > PeerGroupOverride.ReasonLength) errors.Add(new ValidationError("Reason", $"The reason must be {PeerGroupOverride.ReasonLength} characters or fewer"));
        if (errors.Count > 0) return Result.Invalid(errors);

        var chosen = string.Join(';', peers.Select(p => codes[p]).Order(StringComparer.Ordinal));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.PeerGroupOverrides.SingleOrDefaultAsync(o => o.Level == level && o.UnitCode == unit, ct);
        var before = existing is null ? "the most similar by census profile" : $"{existing.PeerCodes} (chosen by {existing.SetBy}: {existing.Reason})";
        if (existing is null)
        {
            existing = new PeerGroupOverride { Level = level, UnitCode = unit, PeerCodes = chosen, Reason = why, SetBy = actor };
            db.PeerGroupOverrides.Add(existing);
        }
        existing.PeerCodes = chosen;
        existing.Reason = why;
        existing.SetBy = actor;
        existing.SetAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, RecordType, $"{level}:{unit}", Justification: why,
            Detail: $"was {before}; now {chosen}"), ct);
        await tx.CommitAsync(ct);
        return Result.Ok();
    }

    /// <summary>Goes back to the most similar units by census profile.</summary>
    public async Task<Result> ClearAsync(OrgLevel level, string unitCode, string actor, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.PeerGroupOverrides.SingleOrDefaultAsync(o => o.Level == level && o.UnitCode == unitCode, ct);
        if (existing is null) return Result.NotFound("Unit", $"No analyst has chosen the peers of {unitCode}");
        db.PeerGroupOverrides.Remove(existing);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, RecordType, $"{level}:{existing.UnitCode}",
            Detail: $"was {existing.PeerCodes} (chosen by {existing.SetBy}: {existing.Reason}); now the most similar by census profile"), ct);
        await tx.CommitAsync(ct);
        return Result.Ok();
    }

    private async Task<Dictionary<string, string>> CodesAsync(OrgLevel level, CancellationToken ct) =>
        (level == OrgLevel.Borough
            ? await db.Boroughs.AsNoTracking().Select(b => b.Code).ToListAsync(ct)
            : await db.Wards.AsNoTracking().Select(w => w.Code).ToListAsync(ct))
        .ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);

    private static string Word(OrgLevel level) => level == OrgLevel.Borough ? "borough" : "ward";
}
