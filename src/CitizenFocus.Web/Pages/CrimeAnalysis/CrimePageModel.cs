using System.Globalization;
using System.Security.Claims;
using System.Text;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Statistics;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>
/// What the crime analysis pages share. Each reads a GET form (the unit and the analysis's own choices),
/// shows its field errors GOV.UK style, runs its analysis when the choices are good, and streams the same
/// analysis as CSV from the <c>Csv</c> handler with the same parameters. A unit outside the reader's scope
/// is not found: a borough commander sees their borough and its wards, nothing else.
/// </summary>
public abstract class CrimePageModel(CrimeUnits units, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    public CrimeUnits.Catalogue Catalogue { get; private set; } = null!;

    /// <summary>The unit analysed: the one asked for, or the reader's own when none (or an unknown one) was.</summary>
    public CrimeUnits.Unit Chosen { get; private set; } = null!;

    /// <summary>True once the choices were good and the analysis ran.</summary>
    public bool Ran { get; private set; }

    /// <summary>No force organisation is loaded yet: the page says so instead of answering "not found".</summary>
    public bool NothingLoaded { get; private set; }

    /// <summary>The query string of the choices the analysis ran with, for the CSV link.</summary>
    public string Query { get; private set; } = "";

    public abstract CrimeForm Form { get; }

    protected DateOnly Today => UkTime.Today(time);

    protected CrimeUnits Units => units;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await PrepareAsync(download: false, ct) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken ct)
    {
        table = string.IsNullOrWhiteSpace(table) ? null : table.Trim().ToLowerInvariant();
        if (!CsvTables.Contains(table)) return NotFound();
        if (await PrepareAsync(download: true, ct) is { } refused) return refused;
        if (!Ran) return Page();
        var name = CsvName(table)!;
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        await WriteCsvAsync(table, Response.Body, ct);
        return new EmptyResult();
    }

    /// <summary>Loads what the page's choices are read against, beyond the units and groups.</summary>
    protected virtual Task LoadAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Reads the page's own choices, adding a model error against each bad one.</summary>
    protected abstract void ReadChoices();

    /// <summary>Runs the analysis with the choices read; a failure's fields are the analysis's option names.</summary>
    protected abstract Task<Result> RunAsync(CancellationToken ct);

    /// <summary>The tables the analysis downloads: null for its main one, then any others by name.</summary>
    protected virtual IReadOnlyList<string?> CsvTables => [null];

    /// <summary>The file name (without .csv) of one of <see cref="CsvTables"/>.</summary>
    protected abstract string? CsvName(string? table);

    protected abstract Task WriteCsvAsync(string? table, Stream body, CancellationToken ct);

    /// <summary>Whether the reader may see this analysis at all (personal data is narrower than the folder's policy).</summary>
    protected virtual bool MayView() => true;

    /// <summary>Called after the analysis ran, before the page or the CSV is sent: where personal data is audited.</summary>
    protected virtual Task ShownAsync(bool download, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The query parameters the analysis ran with, besides the unit.</summary>
    protected abstract IEnumerable<(string Name, string? Value)> QueryParts();

    private async Task<IActionResult?> PrepareAsync(bool download, CancellationToken ct)
    {
        if (!MayView()) return Forbid();
        if (!await ReadUnitAsync(ct)) return NothingLoaded ? null : NotFound();
        await LoadAsync(ct);
        ReadChoices();
        if (!ModelState.IsValid) return null;
        var outcome = await RunAsync(ct);
        if (!outcome.Succeeded)
        {
            foreach (var error in outcome.Errors) ModelState.AddModelError(FieldOf(error.Field), error.Message);
            return null;
        }
        Ran = true;
        Query = string.Join("&", new[] { ("Unit", (string?)Chosen.Code) }.Concat(QueryParts())
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        await ShownAsync(download, ct);
        return null;
    }

    /// <summary>False when the unit asked for lies outside the reader's scope (or the reader has no unit at all).</summary>
    private async Task<bool> ReadUnitAsync(CancellationToken ct)
    {
        Catalogue = await units.ReadAsync(ct);
        if (Catalogue.Units.Count == 0)
        {
            NothingLoaded = true;
            return false;
        }
        var scope = User.GetOrgScope();
        var fallback = Catalogue.Default(scope);
        if (string.IsNullOrWhiteSpace(Unit))
        {
            if (fallback is null) return false;
            Chosen = fallback;
            return true;
        }
        var found = Catalogue.Find(Unit);
        if (found is null)
        {
            if (fallback is null) return false;
            Chosen = fallback;
            ModelState.AddModelError(nameof(Unit), $"'{Unit.Trim()}' is not a force, area, borough or ward: select one from the list");
            return true;
        }
        if (!CrimeUnits.Covers(scope, found))
        {
            await HttpContext.RequestServices.GetRequiredService<CitizenFocus.Audit.ScopeRefusals>()
                .RecordAsync(User.AuditActor(), "Crime analysis", $"{found.Level} {found.Code}", ct);
            return false;
        }
        Chosen = found;
        return true;
    }

    /// <summary>"cell-size" → "CellSize": the analyses name fields as the command line does, the form as properties.</summary>
    private static string FieldOf(string field) => field switch
    {
        "" or "Events" => "",
        _ => string.Concat(field.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(s => char.ToUpperInvariant(s[0]) + s[1..])),
    };

    public static bool MaySeePersonalData(ClaimsPrincipal user) =>
        Roles.PersonalRecordRoles.Any(user.IsInRole) || user.IsInRole(Roles.PerformanceAnalyst);

    // ----- reading choices -----

    protected DateOnly ReadDate(string field, string? value, DateOnly fallback, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            ModelState.AddModelError(field, $"Enter {what} as a real date in the format year-month-day, like {Today:yyyy-MM-dd}");
            return fallback;
        }
        if (day > Today)
        {
            ModelState.AddModelError(field, $"{Capitalise(what)} must be today or in the past");
            return fallback;
        }
        return day;
    }

    protected int ReadNumber(string field, string? value, int fallback, int min, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (!int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            ModelState.AddModelError(field, string.Create(CultureInfo.InvariantCulture, $"Enter {what} as a whole number from {min} to {max:N0}"));
            return fallback;
        }
        return number;
    }

    /// <summary>A crime group's code, or null for all of them; an unknown code is an error against the field.</summary>
    protected string? ReadGroup(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var group = Catalogue.Groups.FirstOrDefault(g => string.Equals(g.Code, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (group is null) ModelState.AddModelError(field, "Select a crime group from the list");
        return group?.Code;
    }

    protected static OrgLevel? ReadLevel(string? value) =>
        Enum.TryParse<OrgLevel>(value?.Trim(), ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(value, out _) ? level : null;

    // ----- the form's fields -----

    /// <summary>What to show in a text input: what was typed when it was wrong, otherwise the value used.</summary>
    protected string? Shown(string field, string? typed, string used) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? typed : used;

    protected SelectField UnitField(string label = "Force, area, borough or ward", string? hint = null)
    {
        var options = Catalogue.InScope(User.GetOrgScope()).Select(u => new Option(u.Code, $"{u.Name} ({u.LevelWord})",
            u.Level switch
            {
                OrgLevel.Force or OrgLevel.Area => "Force and areas",
                OrgLevel.Borough => u.Name,
                _ => Catalogue.Units.FirstOrDefault(b => b.Level == OrgLevel.Borough && b.Id == u.BoroughId)?.Name ?? "Wards",
            })).ToList();
        return new SelectField(nameof(Unit), label, Chosen.Code, options, hint);
    }

    protected SelectField GroupField(string name, string? selected, string allText = "All crime")
    {
        var options = new List<Option> { new("", allText) };
        options.AddRange(Catalogue.Groups.Select(g => new Option(g.Code, g.Name)));
        return new SelectField(name, "Crime group", selected ?? "", options);
    }

    protected TextField DateField(string name, string label, string? typed, DateOnly used, string? hint = null) =>
        new(name, label, Shown(name, typed, Iso(used)), hint ?? $"For example, {Today:yyyy-MM-dd}", "govuk-input--width-10");

    protected TextField NumberField(string name, string label, string? typed, int used, string? hint = null) =>
        new(name, label, Shown(name, typed, used.ToString(CultureInfo.InvariantCulture)), hint, "govuk-input--width-4", "numeric");

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    protected static async Task WriteTextAsync(Stream body, Func<TextWriter, Task> write)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), leaveOpen: true);
        await write(writer);
        await writer.FlushAsync();
    }

    /// <summary>"crime-ytd-e09000002-2026-11-25": lower case, safe in a file name.</summary>
    protected static string FileName(params string?[] parts) =>
        string.Join('-', parts.Where(p => !string.IsNullOrEmpty(p)).Select(p => new string([.. p!.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')])));

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
