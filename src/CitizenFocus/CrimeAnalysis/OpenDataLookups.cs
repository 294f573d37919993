using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// The forces, places and outcome types held, by what police.uk's files say, and the ones an import
/// adds: each gets the next id on first sight and is saved with the rows that refer to it. Used by one
/// import at a time (the reader's worker thread while it reads, then the import to save).
/// </summary>
internal sealed class OpenDataLookups
{
    private readonly Dictionary<string, int> forces;
    private readonly Dictionary<string, int> outcomeTypes;
    private readonly Dictionary<PlaceKey, int> places;
    private readonly List<OpenDataForce> newForces = [];
    private readonly List<OpenDataOutcomeType> newOutcomeTypes = [];
    private readonly List<OpenDataPlace> newPlaces = [];
    private readonly Dictionary<int, string> forceNames;
    private int nextForce, nextOutcomeType, nextPlace;

    private readonly record struct PlaceKey(double? Longitude, double? Latitude, string? Location, string? LsoaCode, string? LsoaName);

    private OpenDataLookups(List<OpenDataForce> forces, List<OpenDataOutcomeType> outcomeTypes, List<OpenDataPlace> places, int? maxPlaceId)
    {
        this.forces = forces.ToDictionary(f => f.Name, f => f.Id, StringComparer.Ordinal);
        forceNames = forces.ToDictionary(f => f.Id, f => f.Name);
        this.outcomeTypes = outcomeTypes.ToDictionary(o => o.Name, o => o.Id, StringComparer.Ordinal);
        this.places = new Dictionary<PlaceKey, int>(places.Count);
        foreach (var p in places)
            this.places[new PlaceKey(p.Longitude, p.Latitude, p.Location, p.LsoaCode, p.LsoaName)] = p.Id;
        nextForce = forces.Count == 0 ? 1 : forces.Max(f => f.Id) + 1;
        nextOutcomeType = outcomeTypes.Count == 0 ? 1 : outcomeTypes.Max(o => o.Id) + 1;
        nextPlace = (maxPlaceId ?? 0) + 1;
    }

    /// <summary>Lookups of an empty database (the benchmark's parse-only run).</summary>
    public static OpenDataLookups Empty() => new([], [], [], null);

    /// <summary>
    /// The forces and outcome types held, and the places in the LSOA lookup's LSOAs or without an LSOA: a database of
    /// national data holds far more places than one force's files use. A place elsewhere that a file uses again is
    /// added again (rows read back the same either way).
    /// </summary>
    public static async Task<OpenDataLookups> LoadAsync(CitizenFocusDb db, CancellationToken ct) => new(
        await db.OpenDataForces.AsNoTracking().ToListAsync(ct),
        await db.OpenDataOutcomeTypes.AsNoTracking().ToListAsync(ct),
        await db.OpenDataPlaces.AsNoTracking()
            .Where(p => p.LsoaCode == null || db.LsoaWards.Any(l => l.LsoaCode == p.LsoaCode))
            .ToListAsync(ct),
        await db.OpenDataPlaces.MaxAsync(p => (int?)p.Id, ct));

    /// <summary>Every force held or added so far.</summary>
    public IReadOnlyCollection<int> ForceIds => forceNames.Keys;

    public int Force(string name)
    {
        if (forces.TryGetValue(name, out var id)) return id;
        id = nextForce++;
        forces.Add(name, id);
        forceNames.Add(id, name);
        newForces.Add(new OpenDataForce { Id = id, Name = name });
        return id;
    }

    public string ForceName(int id) => forceNames[id];

    public int OutcomeType(string name)
    {
        if (outcomeTypes.TryGetValue(name, out var id)) return id;
        id = nextOutcomeType++;
        outcomeTypes.Add(name, id);
        newOutcomeTypes.Add(new OpenDataOutcomeType { Id = id, Name = name });
        return id;
    }

    /// <summary>The place with these parts; null when all are missing.</summary>
    public int? Place(double? longitude, double? latitude, string? location, string? lsoaCode, string? lsoaName)
    {
        if (longitude is null && latitude is null && location is null && lsoaCode is null && lsoaName is null) return null;
        var key = new PlaceKey(longitude, latitude, location, lsoaCode, lsoaName);
        if (places.TryGetValue(key, out var id)) return id;
        id = nextPlace++;
        places.Add(key, id);
        newPlaces.Add(new OpenDataPlace
        {
            Id = id, Longitude = longitude, Latitude = latitude, Location = location, LsoaCode = lsoaCode, LsoaName = lsoaName,
        });
        return id;
    }

    /// <summary>The places this import has added so far.</summary>
    public int NewPlaces => newPlaces.Count;

    /// <summary>Saves what this import added, in the caller's transaction (once, at the end of the import).</summary>
    public async Task SaveNewAsync(CitizenFocusDb db, CancellationToken ct)
    {
        await BulkInserter.InsertAsync(db, newForces, null, ct);
        await BulkInserter.InsertAsync(db, newOutcomeTypes, null, ct);
        await BulkInserter.InsertAsync(db, newPlaces, null, ct);
    }
}
