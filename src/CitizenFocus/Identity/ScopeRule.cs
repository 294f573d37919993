using System.Linq.Expressions;
using CitizenFocus.Calls;
using CitizenFocus.Contact;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Sharing;
using Microsoft.EntityFrameworkCore.Query;

namespace CitizenFocus.Identity;

/// <summary>
/// The one rule for which records a reader may see. Force scope sees every record; area scope the
/// records of its area's boroughs; borough scope its borough's; ward scope its ward's (a borough-wide
/// record with no ward is not a ward officer's); a partner agency only the records shared with it, and
/// the work its own officers hold (a clock assigned to the agency).
/// Queries apply it with <c>InScope</c>, which adds an EF-translatable filter (the same SQL shape on
/// SQLite and PostgreSQL); a record already in memory is checked with <see cref="Covers"/>, the same
/// rule for the unit levels. A partner agency holds no unit, so it covers no record by place and may
/// change nothing: what it may read comes only from shares.
/// An architecture test fails the build when a query filters by a scope's area, borough or ward anywhere else.
/// </summary>
public static class ScopeRule
{
    /// <summary>True when a record in <paramref name="unit"/> lies inside the scope by place (shares aside).</summary>
    public static bool Covers(OrgScope scope, OrgUnitRef unit) => scope.Level switch
    {
        OrgLevel.Force => true,
        OrgLevel.Area => unit.AreaId is not null && unit.AreaId == scope.AreaId,
        OrgLevel.Borough => unit.BoroughId is not null && unit.BoroughId == scope.BoroughId,
        OrgLevel.Ward => unit.WardId is not null && unit.WardId == scope.WardId,
        _ => false,
    };

    /// <summary>
    /// True when a piece of work (a clock) in <paramref name="unit"/>, held by <paramref name="heldByAgency"/> when a
    /// partner agency's officer holds it, lies inside the scope: by place for staff, by holding for the agency.
    /// The in-memory twin of the clock filter (<see cref="RecordPlaces.Clocks"/>), for the sweep's escalations.
    /// </summary>
    public static bool CoversWork(OrgScope scope, OrgUnitRef unit, int? heldByAgency) =>
        PartnerAgencyOf(scope) is int agency ? heldByAgency == agency : Covers(scope, unit);

    /// <summary>
    /// The scope an account holds, from its stored level and unit id (ancestors not resolved: enough for
    /// <see cref="Covers"/>, which compares each level's own id). No level means a partner agency, named by the unit id.
    /// </summary>
    public static OrgScope OfAccount(OrgLevel? level, int? unitId) => level switch
    {
        OrgLevel.Force => OrgScope.WholeForce,
        OrgLevel.Area => new OrgScope(OrgLevel.Area, unitId, null, null, null),
        OrgLevel.Borough => new OrgScope(OrgLevel.Borough, null, unitId, null, null),
        OrgLevel.Ward => new OrgScope(OrgLevel.Ward, null, null, unitId, null),
        _ => OrgScope.Partner(unitId),
    };

    public static IQueryable<Call> InScope(this IQueryable<Call> calls, OrgScope scope, CitizenFocusDb db) =>
        calls.InScope(scope, db, RecordPlaces.Calls);

    public static IQueryable<TeamMessage> InScope(this IQueryable<TeamMessage> messages, OrgScope scope, CitizenFocusDb db) =>
        messages.InScope(scope, db, RecordPlaces.Messages);

    public static IQueryable<Clock> InScope(this IQueryable<Clock> clocks, OrgScope scope, CitizenFocusDb db) =>
        clocks.InScope(scope, db, RecordPlaces.Clocks);

    public static IQueryable<ClockSeries> InScope(this IQueryable<ClockSeries> series, OrgScope scope, CitizenFocusDb db) =>
        series.InScope(scope, db, RecordPlaces.Series);

    public static IQueryable<NeighbourhoodTeam> InScope(this IQueryable<NeighbourhoodTeam> teams, OrgScope scope, CitizenFocusDb db) =>
        teams.InScope(scope, db, RecordPlaces.Teams);

    public static IQueryable<Crime> InScope(this IQueryable<Crime> crimes, OrgScope scope, CitizenFocusDb db) =>
        crimes.InScope(scope, db, RecordPlaces.Crimes);

    /// <summary>The records of <paramref name="records"/> the scope may see.</summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> records, OrgScope scope, CitizenFocusDb db, RecordPlace<T> place) =>
        scope.Level == OrgLevel.Force ? records : records.Where(Predicate(scope, db, place));

    /// <summary>
    /// The filter as an expression. Area scope reads its boroughs in a subquery (one IN over a handful of
    /// ids, not a lookup per row); partner scope the references shared with the agency for this record type.
    /// A scope missing its unit's id sees nothing rather than everything.
    /// </summary>
    public static Expression<Func<T, bool>> Predicate<T>(OrgScope scope, CitizenFocusDb db, RecordPlace<T> place)
    {
        switch (scope.Level)
        {
            case OrgLevel.Force:
                return _ => true;
            case OrgLevel.Area when scope.AreaId is int areaId:
                var boroughs = db.Boroughs.Where(b => b.AreaId == areaId).Select(b => (int?)b.Id);
                return Compose(place.Borough, id => boroughs.Contains(id));
            case OrgLevel.Borough when scope.BoroughId is int boroughId:
                return Compose(place.Borough, id => id == boroughId);
            case OrgLevel.Ward when scope.WardId is int wardId:
                return Compose(place.Ward, id => id == wardId);
            case null when PartnerAgencyOf(scope) is int agencyId:
                Expression<Func<T, bool>>? held = place.HeldByAgency is { } agency ? Compose(agency, id => id == agencyId) : null;
                Expression<Func<T, bool>>? shared = null;
                if (place.RecordId is { } recordId)
                {
                    var type = place.RecordType;
                    var references = SharesOf(scope, db).Where(s => s.RecordType == type).Select(s => s.RecordId);
                    shared = Compose(recordId, id => references.Contains(id));
                }
                return held is null ? shared ?? (_ => false) : shared is null ? held : Or(held, shared);
            default:
                return _ => false;
        }
    }

    private static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body,
            ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)), left.Parameters);

    /// <summary>The shares that open records to the reader: their agency's; none for staff, who see by place.</summary>
    public static IQueryable<PartnerShare> SharesOf(OrgScope scope, CitizenFocusDb db) =>
        PartnerAgencyOf(scope) is int agencyId ? db.PartnerShares.Where(s => s.PartnerAgencyId == agencyId) : db.PartnerShares.Where(s => false);

    /// <summary>The partner agency the reader represents; null for staff.</summary>
    public static int? PartnerAgencyOf(OrgScope scope) => scope.Level is null ? scope.PartnerAgencyId : null;

    /// <summary><c>x => test(selector(x))</c>, written out so that EF sees one plain lambda.</summary>
    private static Expression<Func<T, bool>> Compose<T, TKey>(Expression<Func<T, TKey>> selector, Expression<Func<TKey, bool>> test) =>
        Expression.Lambda<Func<T, bool>>(
            ReplacingExpressionVisitor.Replace(test.Parameters[0], selector.Body, test.Body), selector.Parameters);
}
