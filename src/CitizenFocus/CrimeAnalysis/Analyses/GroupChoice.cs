using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>The crime groups an analysis reports: one chosen by code, or every group (or, where allowed, all crime).</summary>
internal static class GroupChoice
{
    /// <summary>The groups in their sort order; only the one named when a code is given.</summary>
    public static async Task<Result<IReadOnlyList<CrimeGroup>>> ResolveAsync(CitizenFocusDb db, string? code, CancellationToken ct)
    {
        var groups = await db.CrimeGroups.AsNoTracking().OrderBy(g => g.SortOrder).ThenBy(g => g.Code).ToListAsync(ct);
        if (string.IsNullOrWhiteSpace(code)) return Result<IReadOnlyList<CrimeGroup>>.Ok(groups);
        var group = groups.FirstOrDefault(g => string.Equals(g.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
        return group is null
            ? Result.NotFound("group", $"'{code.Trim()}' is not a crime group; the groups are {string.Join(", ", groups.Select(g => g.Code))}")
            : Result<IReadOnlyList<CrimeGroup>>.Ok([group]);
    }

    /// <summary>One group by code, or null (all crime) when no code is given.</summary>
    public static async Task<Result<CrimeGroup?>> OptionalAsync(CitizenFocusDb db, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return Result<CrimeGroup?>.Ok(null);
        var found = await ResolveAsync(db, code, ct);
        if (!found.Succeeded) return Result.NotFound("group", found.Errors[0].Message);
        return found.Value[0];
    }

    /// <summary>Only the crimes in the group, by its bit in <see cref="Crime.Groups"/>; all of them when there is no group.</summary>
    public static IQueryable<Crime> Within(this IQueryable<Crime> crimes, CrimeGroup? group)
    {
        if (group is null) return crimes;
        var mask = group.Mask;
        return crimes.Where(c => (c.Groups & mask) != 0);
    }
}
