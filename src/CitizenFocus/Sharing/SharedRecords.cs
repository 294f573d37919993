using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Sharing;

/// <summary>The records that can be shared, by type: their names, and whether one lies in a scope (through the scope rule).</summary>
public static class SharedRecords
{
    /// <summary>"message" → "Message"; null for a type that cannot be shared.</summary>
    public static string? TypeOf(string? text) =>
        RecordPlaces.Shareable.FirstOrDefault(t => string.Equals(t, text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"call", "message": for sentences.</summary>
    public static string Word(string type) => type.ToLowerInvariant();

    public static Task<bool> ExistsAsync(CitizenFocusDb db, string type, string id, OrgScope scope, CancellationToken ct) => type switch
    {
        RecordPlaces.Call => db.Calls.AsNoTracking().InScope(scope, db).AnyAsync(c => c.Reference == id, ct),
        RecordPlaces.Message => db.TeamMessages.AsNoTracking().InScope(scope, db).AnyAsync(m => m.Reference == id, ct),
        _ => Task.FromResult(false),
    };
}
