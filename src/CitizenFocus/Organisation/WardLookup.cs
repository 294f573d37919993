using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Organisation;

/// <summary>
/// Postcode → location → ward. The ward boundaries are loaded once and kept, so register this as
/// a singleton; it opens its own database scope when it needs one. Call <see cref="Reload"/>
/// after ward boundaries change.
/// </summary>
public sealed class WardLookup(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private Task<WardIndex>? index;

    public async Task<Result<PostcodeLocation>> FindPostcodeAsync(string postcode, CancellationToken ct = default)
    {
        var code = Postcode.Normalise(postcode);
        if (!Postcode.IsWellFormed(code))
            return Result.Invalid("Postcode", "Enter a full UK postcode, like SW1A 2AA");

        Postcode? found;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CitizenFocusDb>();
            found = await db.Postcodes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        }
        if (found is null)
            return Result.NotFound("Postcode", $"{Postcode.ToDisplay(code)} is not in the postcode directory");

        var wards = await IndexAsync(ct);
        var byCode = found.WardCode is { } wardCode ? wards.FindByCode(wardCode) : null;
        var ward = byCode ?? wards.FindAt(found.Latitude, found.Longitude);
        return new PostcodeLocation(found.Display, found.Latitude, found.Longitude, ward, WardFromBoundary: byCode is null && ward is not null);
    }

    /// <summary>The ward containing a WGS84 point, or none when it lies outside every ward.</summary>
    public async Task<WardRef?> FindWardAsync(double latitude, double longitude, CancellationToken ct = default) =>
        (await IndexAsync(ct)).FindAt(latitude, longitude);

    /// <summary>Forgets the loaded boundaries; the next lookup loads them again.</summary>
    public void Reload()
    {
        lock (gate) index = null;
    }

    private Task<WardIndex> IndexAsync(CancellationToken ct)
    {
        lock (gate)
        {
            // A failed load is not kept, so that the next request tries again. The load itself is not
            // tied to one caller's cancellation, since every waiting caller shares it.
            if (index is null || index.IsFaulted || index.IsCanceled) index = LoadAsync();
            return index.WaitAsync(ct);
        }
    }

    private async Task<WardIndex> LoadAsync()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CitizenFocusDb>();
        var wards = await db.Wards.AsNoTracking()
            .Select(w => new WardBoundary(w.Id, w.Code, w.Name, w.BoroughId, w.BoundaryWkt))
            .ToListAsync();
        return new WardIndex(wards);
    }
}
