using System.Reflection;
using System.Text.RegularExpressions;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace CitizenFocus.Web.Tests;

/// <summary>
/// The boundaries the architecture sets: a core free of ASP.NET, pages that write only through use cases,
/// and every query over personal or unit-bound records filtered by the one scope rule.
/// </summary>
public sealed partial class ArchitectureTests
{
    [Fact]
    public void Core_does_not_depend_on_the_web_framework()
    {
        var result = Types.InAssembly(typeof(CitizenFocus.Data.CitizenFocusDb).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing",
                "Microsoft.AspNetCore.Razor", "Microsoft.AspNetCore.Builder", "CitizenFocus.Web")
            .GetResult();
        Assert.True(result.IsSuccessful, "Core types depending on ASP.NET: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Pages_and_apis_never_write_to_the_database_directly()
    {
        string[] writes = ["SaveChanges", "SaveChangesAsync", "Add", "AddAsync", "AddRange", "AddRangeAsync", "Update", "UpdateRange",
            "Remove", "RemoveRange", "Attach", "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync",
            "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync"];
        var module = ModuleDefinition.ReadModule(typeof(Program).Assembly.Location);
        var offenders = module.GetTypes()
            .Where(t => t.Namespace is not null && (t.Namespace.StartsWith("CitizenFocus.Web.Pages") || t.Namespace.StartsWith("CitizenFocus.Web.Api")))
            .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions
                .Where(i => i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt)
                .Select(i => (Method: m, Target: (MethodReference)i.Operand))))
            .Where(x => writes.Contains(x.Target.Name)
                && (x.Target.DeclaringType.FullName.StartsWith("Microsoft.EntityFrameworkCore.")
                    || x.Target.DeclaringType.FullName == "CitizenFocus.Data.CitizenFocusDb"))
            .Select(x => $"{x.Method.DeclaringType.FullName}.{x.Method.Name} calls {x.Target.DeclaringType.Name}.{x.Target.Name}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    // ----- the one scope rule -----

    /// <summary>Where a reader's scope may be compared with units: the rule, the unit-choice rule and the scope itself.</summary>
    private static readonly string[] ScopeRuleFiles =
    [
        "src/CitizenFocus/Identity/ScopeRule.cs",
        "src/CitizenFocus/Identity/UnitChoice.cs",
        "src/CitizenFocus/Identity/OrgScope.cs",
    ];

    [Fact]
    public void No_query_filters_by_a_readers_scope_outside_the_scope_rule()
    {
        var root = RepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.StartsWith("src/CitizenFocus.Migrations.", StringComparison.Ordinal) && !ScopeRuleFiles.Contains(f))
            .SelectMany(f => ScopeBypasses(f, File.ReadAllText(Path.Combine(root, f))))
            .ToList();
        Assert.True(offenders.Count == 0,
            "Scope filters written out by hand; use InScope (queries), ScopeRule.Covers (a record in memory) or UnitChoice (choosing a unit):\n"
            + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("calls = calls.Where(c => c.BoroughId == scope.BoroughId);")]
    [InlineData("ScopeLevel.Area => teams.Where(t => db.Boroughs.Any(b => b.Id == t.BoroughId && b.AreaId == areaId)),")]
    [InlineData("var rows = db.TeamMessages.Where(m => m.WardId == User.GetOrgScope().WardId);")]
    [InlineData("if (scope.Level == ScopeLevel.Force) return all;")]
    [InlineData("var ours = db.PartnerShares.Where(s => s.PartnerAgencyId == orgScope.PartnerAgencyId);")]
    public void The_scope_rule_check_catches_a_hand_written_filter(string line) =>
        Assert.Single(ScopeBypasses("src/CitizenFocus/Example.cs", "namespace X;\n" + line));

    [Theory]
    [InlineData("var calls = db.Calls.AsNoTracking().InScope(scope, db);")]
    [InlineData("// Not scope.BoroughId by hand: the rule decides.")]
    [InlineData("ScopeLevel.Area => await db.Areas.Where(a => a.Code == code).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct),")]
    public void The_scope_rule_check_lets_the_rules_callers_be(string line) =>
        Assert.Empty(ScopeBypasses("src/CitizenFocus/Example.cs", line));

    /// <summary>
    /// Every entity that carries a borough or ward is either a record the scope rule knows (a place in
    /// <see cref="RecordPlaces"/>) or named here with the reason it needs none: a new kind of record
    /// cannot arrive without someone deciding who may see it.
    /// </summary>
    [Fact]
    public void Every_unit_bound_record_has_a_place_in_the_scope_rule()
    {
        var exempt = new Dictionary<string, string>
        {
            ["Ward"] = "a unit of the organisation, public",
            ["CensusShare"] = "a ward's census profile, public statistics",
            ["PartnerAgency"] = "an agency, not a record",
            ["OpenDataCrime"] = "police.uk open data, already published",
            ["SurveyAnswer"] = "anonymous answers read only as weighted figures for a unit the reader may choose (UnitChoice)",
        };
        using var db = new CitizenFocusDb(DatabaseSetup.Options(DatabaseProvider.Sqlite, "Data Source=:memory:"));
        var placed = typeof(RecordPlaces).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(RecordPlace<>))
            .Select(f => f.FieldType.GetGenericArguments()[0]).ToHashSet();
        var missing = db.Model.GetEntityTypes()
            .Where(e => e.FindProperty("BoroughId") is not null || e.FindProperty("WardId") is not null)
            .Select(e => e.ClrType)
            .Where(t => !placed.Contains(t) && !exempt.ContainsKey(t.Name))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(missing.Count == 0, "Unit-bound records without a place in RecordPlaces: " + string.Join(", ", missing));
    }

    /// <summary>"file:line: text" for each line that compares a scope with a unit, or decides by a scope's level, by hand.</summary>
    private static IEnumerable<string> ScopeBypasses(string file, string text) =>
        text.Split('\n').Select((line, i) => (Line: line.Trim(), Number: i + 1))
            .Where(l => !l.Line.StartsWith("//", StringComparison.Ordinal) && !l.Line.StartsWith('*') && !l.Line.StartsWith("@*", StringComparison.Ordinal))
            .Where(l => ScopeUnitRead().IsMatch(l.Line) || ScopeLevelRead().IsMatch(l.Line) || LevelArmFilter().IsMatch(l.Line))
            .Select(l => $"{file}:{l.Number}: {l.Line}");

    /// <summary><c>scope.BoroughId</c>, <c>User.GetOrgScope().WardId</c>, <c>orgScope.PartnerAgencyId</c>.</summary>
    [GeneratedRegex(@"scope(\(\))?\s*\.\s*(AreaId|BoroughId|WardId|PartnerAgencyId)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeUnitRead();

    /// <summary><c>scope.Level == ...</c>, <c>scope.Level is ...</c>, <c>scope.Level switch</c>.</summary>
    [GeneratedRegex(@"scope(\(\))?\s*\.\s*Level\s*(==|!=|is\b|switch\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeLevelRead();

    /// <summary>A switch arm on a scope level that filters records by their unit: <c>ScopeLevel.Borough => x.Where(... BoroughId ...)</c>.</summary>
    [GeneratedRegex(@"ScopeLevel\.\w+\s*=>.*\.(Where|Any|Count|First|Single)\w*\(.*\b(AreaId|BoroughId|WardId)\b")]
    private static partial Regex LevelArmFilter();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CitizenFocus.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (CitizenFocus.slnx) is not above " + AppContext.BaseDirectory);
    }
}
