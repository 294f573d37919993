using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Organisation;

/// <param name="Rows">Data rows read.</param>
/// <param name="Added">Units new to the database, by level.</param>
/// <param name="Updated">Units already held (by code, or by previous code) whose name, parent, setting or population the file set.</param>
/// <param name="NotInFile">Units held that the file does not name: kept, with their records.</param>
public sealed record OrganisationImportSummary(long Rows, OrganisationCounts Added, OrganisationCounts Updated, OrganisationCounts NotInFile);

public sealed record OrganisationCounts(int Forces, int Areas, int Boroughs, int Wards)
{
    public override string ToString() => $"{Forces} force{(Forces == 1 ? "" : "s")}, {Areas} area{(Areas == 1 ? "" : "s")}, " +
        $"{Boroughs} borough{(Boroughs == 1 ? "" : "s")}, {Wards} ward{(Wards == 1 ? "" : "s")}";
}

/// <summary>
/// Loads a force's own organisation from one CSV: the force, its areas, boroughs (by their ONS local authority codes)
/// and wards (ONS codes, names, urban or rural, population), each naming its parent. All or nothing, errors naming row
/// and column. A re-import updates each unit by its code, so a ward renamed at a boundary review keeps its records; a
/// ward given a new code names its old one in <c>previous_code</c> and keeps its records too. Units the file does not
/// name are kept (records still point at them) and counted in the summary.
/// </summary>
public sealed class ImportOrganisation(CitizenFocusDb db)
{
    public static readonly string[] Columns = ["level", "code", "name", "parent_code", "setting", "population", "previous_code"];
    private static readonly string[] Required = ["level", "code", "name", "parent_code"];

    private sealed record Row(long Number, OrgLevel Level, string Code, string Name, string? Parent, WardSetting? Setting, int? Population, string? Previous);

    public async Task<Result<OrganisationImportSummary>> HandleAsync(Stream file, CancellationToken ct = default)
    {
        await using var csv = CsvFile.Open(file);
        if (await CsvFile.ReadHeaderAsync(csv, "expected a header row level,code,name,parent_code,setting,population", ct) is { } unread)
            return Result.Invalid([unread]);
        var index = Columns.ToDictionary(c => c, c => CsvFile.Find(csv.Headers, c));
        var missing = Required.Where(c => index[c] < 0).Select(c => new ValidationError(c, $"the header row has no '{c}' column")).ToList();
        if (missing.Count > 0) return Result.Invalid(missing);

        var errors = new List<ValidationError>();
        var rows = new List<Row>();
        var count = await CsvFile.ForEachRowAsync(csv, errors, CsvFile.MaxErrors, number =>
        {
            if (Parse(csv, index, number, errors) is { } row) rows.Add(row);
        }, ct);
        if (errors.Count == 0) CheckAcrossRows(rows, errors);
        if (errors.Count > 0) return Result.Invalid(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var summary = await ApplyAsync(rows, count, errors, ct);
        if (errors.Count > 0) return Result.Invalid(errors);
        await transaction.CommitAsync(ct);
        return summary;
    }

    private static Row? Parse(CsvReader csv, Dictionary<string, int> index, long number, List<ValidationError> errors)
    {
        string? Field(string column) => index[column] < 0 || index[column] >= csv.FieldCount ? null
            : csv.GetString(index[column]).Trim() is { Length: > 0 } text ? text : null;
        void Error(string column, string message) => errors.Add(new ValidationError(column, message, number));
        var before = errors.Count;

        var levelText = Field("level");
        OrgLevel? level = levelText?.ToLowerInvariant() switch
        {
            "force" => OrgLevel.Force, "area" => OrgLevel.Area, "borough" => OrgLevel.Borough, "ward" => OrgLevel.Ward, _ => null,
        };
        if (level is null) Error("level", $"'{levelText}' is not a level: use force, area, borough or ward");
        var code = Field("code")?.ToUpperInvariant();
        if (code is null) Error("code", "enter the unit's code");
        else if (level is OrgLevel.Borough or OrgLevel.Ward && !CsvFile.TryAreaCode(code, out code))
            Error("code", $"'{code}' is not an ONS area code (like E09000002 for a borough, E05014053 for a ward)");
        else if (code.Length > 16 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            Error("code", $"'{code}' is not a code: letters, digits and hyphens, 16 at most");
        var name = Field("name");
        if (name is null) Error("name", "enter the unit's name");
        else if (name.Length > 200) Error("name", "the name must be 200 characters or fewer");
        var parent = Field("parent_code")?.ToUpperInvariant();
        if (level is not null and not OrgLevel.Force && parent is null) Error("parent_code", $"a {Words(level.Value)} names its {Words(level.Value - 1)} here");
        if (level == OrgLevel.Force && parent is not null) Error("parent_code", "the force has no parent: leave this empty");

        WardSetting? setting = null;
        int? population = null;
        var settingText = Field("setting");
        var populationText = Field("population");
        if (level == OrgLevel.Ward)
        {
            setting = settingText?.ToLowerInvariant() switch { "urban" => WardSetting.Urban, "rural" => WardSetting.Rural, _ => null };
            if (setting is null) Error("setting", $"'{settingText}' is not a setting: use urban or rural");
            if (int.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out var p)) population = p;
            else Error("population", $"'{populationText}' is not a number of residents");
        }
        else if (level is not null)
        {
            if (settingText is not null) Error("setting", $"only wards are urban or rural; leave this empty for a {Words(level.Value)}");
            if (populationText is not null) Error("population", $"only wards have a population here; leave this empty for a {Words(level.Value)}");
        }
        var previous = Field("previous_code")?.ToUpperInvariant();
        if (previous is not null && level != OrgLevel.Ward) Error("previous_code", "only a ward can be given its previous code");

        return errors.Count > before ? null : new Row(number, level!.Value, code!, name!, parent, setting, population, previous);
    }

    private static void CheckAcrossRows(List<Row> rows, List<ValidationError> errors)
    {
        foreach (var duplicate in rows.GroupBy(r => (r.Level, r.Code)).Where(g => g.Count() > 1))
            errors.Add(new ValidationError("code", $"{duplicate.Key.Code} is already on row {duplicate.First().Number}", duplicate.Skip(1).First().Number));
        var forces = rows.Where(r => r.Level == OrgLevel.Force).ToList();
        if (forces.Count > 1) errors.Add(new ValidationError("level", "the file names more than one force: it holds one force's organisation", forces[1].Number));
    }

    private async Task<OrganisationImportSummary> ApplyAsync(List<Row> rows, long count, List<ValidationError> errors, CancellationToken ct)
    {
        var forces = await db.Forces.ToListAsync(ct);
        var areas = await db.Areas.ToListAsync(ct);
        var boroughs = await db.Boroughs.ToListAsync(ct);
        var wards = await db.Wards.ToListAsync(ct);
        var fileForce = rows.SingleOrDefault(r => r.Level == OrgLevel.Force);
        if (fileForce is null && forces.Count == 0)
        {
            errors.Add(new ValidationError("level", "the file names no force, and none is loaded: its first row is the force"));
            return null!;
        }
        if (fileForce is not null && forces.Count > 0 && forces.All(f => f.Code != fileForce.Code))
        {
            errors.Add(new ValidationError("code", $"this database holds the force {forces[0].Code}; the file is {fileForce.Code}'s", fileForce.Number));
            return null!;
        }

        int[] addedBy = new int[4], updatedBy = new int[4];
        void Count(OrgLevel level, bool isNew) { if (isNew) addedBy[(int)level]++; else updatedBy[(int)level]++; }

        Force force;
        if (fileForce is null) force = forces[0];
        else if (forces.FirstOrDefault(f => f.Code == fileForce.Code) is { } held)
        {
            held.Name = fileForce.Name;
            force = held;
            Count(OrgLevel.Force, false);
        }
        else
        {
            force = new Force { Id = 1 + forces.Select(f => f.Id).DefaultIfEmpty().Max(), Code = fileForce.Code, Name = fileForce.Name };
            db.Forces.Add(force);
            forces.Add(force);
            Count(OrgLevel.Force, true);
        }

        foreach (var row in rows.Where(r => r.Level == OrgLevel.Area))
        {
            if (row.Parent != force.Code) { errors.Add(new ValidationError("parent_code", $"'{row.Parent}' is not the force ({force.Code})", row.Number)); continue; }
            var area = areas.FirstOrDefault(a => a.Code == row.Code);
            if (area is null)
            {
                area = new Area { Id = 1 + areas.Select(a => a.Id).DefaultIfEmpty().Max(), ForceId = force.Id, Code = row.Code, Name = row.Name };
                db.Areas.Add(area);
                areas.Add(area);
            }
            area.Name = row.Name;
            area.ForceId = force.Id;
            Count(OrgLevel.Area, db.Entry(area).State == EntityState.Added);
        }
        foreach (var row in rows.Where(r => r.Level == OrgLevel.Borough))
        {
            if (areas.FirstOrDefault(a => a.Code == row.Parent) is not { } area)
            {
                errors.Add(new ValidationError("parent_code", $"there is no area '{row.Parent}' in the file or the database", row.Number));
                continue;
            }
            var borough = boroughs.FirstOrDefault(b => b.Code == row.Code);
            if (borough is null)
            {
                borough = new Borough { Id = 1 + boroughs.Select(b => b.Id).DefaultIfEmpty().Max(), AreaId = area.Id, Code = row.Code, Name = row.Name };
                db.Boroughs.Add(borough);
                boroughs.Add(borough);
            }
            borough.Name = row.Name;
            borough.AreaId = area.Id;
            Count(OrgLevel.Borough, db.Entry(borough).State == EntityState.Added);
        }
        foreach (var row in rows.Where(r => r.Level == OrgLevel.Ward))
        {
            if (boroughs.FirstOrDefault(b => b.Code == row.Parent) is not { } borough)
            {
                errors.Add(new ValidationError("parent_code", $"there is no borough '{row.Parent}' in the file or the database", row.Number));
                continue;
            }
            var ward = wards.FirstOrDefault(w => w.Code == row.Code);
            if (ward is null && row.Previous is not null)
            {
                ward = wards.FirstOrDefault(w => w.Code == row.Previous);
                if (ward is null)
                {
                    errors.Add(new ValidationError("previous_code", $"there is no ward '{row.Previous}' to take the new code", row.Number));
                    continue;
                }
                ward.Code = row.Code;
            }
            if (ward is null)
            {
                ward = new Ward { Id = 1 + wards.Select(w => w.Id).DefaultIfEmpty().Max(), BoroughId = borough.Id, Code = row.Code, Name = row.Name };
                db.Wards.Add(ward);
                wards.Add(ward);
            }
            ward.Name = row.Name;
            ward.BoroughId = borough.Id;
            ward.Setting = row.Setting!.Value;
            ward.Population = row.Population!.Value;
            Count(OrgLevel.Ward, db.Entry(ward).State == EntityState.Added);
        }
        if (errors.Count > 0) return null!;
        await db.SaveChangesAsync(ct);

        var named = rows.Select(r => (r.Level, r.Code)).ToHashSet();
        var notInFile = new OrganisationCounts(0,
            areas.Count(a => !named.Contains((OrgLevel.Area, a.Code))),
            boroughs.Count(b => !named.Contains((OrgLevel.Borough, b.Code))),
            wards.Count(w => !named.Contains((OrgLevel.Ward, w.Code))));
        return new OrganisationImportSummary(count,
            new OrganisationCounts(addedBy[0], addedBy[1], addedBy[2], addedBy[3]),
            new OrganisationCounts(updatedBy[0], updatedBy[1], updatedBy[2], updatedBy[3]), notInFile);
    }

    private static string Words(OrgLevel level) => level.ToString().ToLowerInvariant();
}
