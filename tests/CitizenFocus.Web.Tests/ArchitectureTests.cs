using System.Reflection;
using System.Text.RegularExpressions;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Razor.Hosting;
using CitizenFocus.Audit;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace CitizenFocus.Web.Tests;

/// <summary>
/// The boundaries CONVENTIONS.md sets: a core free of ASP.NET; pages that write only through use
/// cases; each capability one folder with one module, under the same name in core and on the web,
/// registered once; and capabilities that reach each other's tables only through public services.
/// (The command line's and the domain tests' side is in CitizenFocus.Tests/ArchitectureTests.cs.)
/// Also the cross-cutting rules written once: the one scope rule, the audit of personal-data reads, UK time, the organisation's levels.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly Assembly Core = typeof(CoreServices).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    /// <summary>
    /// Folders of core that are not capabilities but what capabilities build on: results and CSV
    /// reading (Common), the one EF model (Data), charts and PDF (Reporting).
    /// </summary>
    private static readonly string[] Foundations = ["Common", "Data", "Reporting"];

    /// <summary>Web folders and namespaces that are the host, not a capability.</summary>
    private static readonly string[] HostPages = ["/Pages/Index.cshtml", "/Pages/Error.cshtml", "/Pages/_ViewImports.cshtml", "/Pages/_ViewStart.cshtml"];

    /// <summary>
    /// Tables a capability reads although another owns them: each should become a call to the
    /// owner's public service (<c>Clocks</c>, <c>ComplianceQueries</c>, <c>StaffUserQueries</c>), and then leave this list.
    /// Organisation's tables are not here: the force's structure is the reference data every record
    /// is placed and scoped by, so every capability may read it.
    /// </summary>
    private static readonly HashSet<(string Reader, string Table)> ToleratedReads =
    [
        ("Contact", "Clocks"),           // MessageQueries: a message's deadline and breach in the queue's one query
        ("Contact", "ClockEvents"),      // MessageQueries: the clock's history on the message page
        ("Contact", "ServiceStandards"), // AwaitCitizen, ReplyToMessage: the standard of the message's clock
        ("Statistics", "ServiceStandards"), // PerformanceQueries: which standards the pack reports on
        ("Calls", "Clocks"),             // RecordAnswerClocks: which 999 calls already have their decided clock
        ("Promises", "Users"),           // SweepClocks: the e-mail of the account a warning goes to
        ("Promises", "UserRoles"),       // SweepClocks: the accounts holding a role in the record's scope
        ("Promises", "Roles"),           // (the same query)
        ("Identity", "PartnerShares"),   // ScopeRule: a partner agency sees the records shared with it, in the one scope rule
        ("Sharing", "Calls"),            // SharingQueries, SharedRecords: a call exists before it is shared, and its summary for the partner
        ("Sharing", "TeamMessages"),     // (the same, for messages)
        ("Audit", "Calls"),              // RecordRestrictions: a restriction is placed only on a call that exists
        ("Audit", "TeamMessages"),       // (the same, for messages)
        ("Retention", "Clocks"),
        ("Organisation", "Users"),       // SetupStatus: counts of what a force has loaded, for the set-up checklist
        ("Organisation", "LsoaWards"),   // (the same)
        ("Organisation", "ServiceStandards"), // (the same)
        ("Organisation", "SurveyAnswers"), // (the same)
        ("Organisation", "Crimes"),      // (the same)
        ("Organisation", "OpenDataMonths"), // (the same)         // DecideRecordReview: the open reviews with their due dates, in one query
    ];

    /// <summary>Demo builds a whole synthetic force in bulk, as a seed would: it writes every capability's tables.</summary>
    private static readonly string[] WritesEveryTable = ["Demo"];

    [Fact]
    public void Core_does_not_depend_on_the_web_framework()
    {
        var result = Types.InAssembly(Core)
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
        // Async methods and lambdas compile to nested types, which have no namespace of their own.
        var offenders = Calls(Web)
            .Where(x => TopLevel(x.Type).Namespace is { } ns && (ns.StartsWith("CitizenFocus.Web.Pages") || ns.StartsWith("CitizenFocus.Web.Api")))
            .Where(x => writes.Contains(x.Target.Name)
                && (x.Target.DeclaringType.FullName.StartsWith("Microsoft.EntityFrameworkCore.")
                    || x.Target.DeclaringType.FullName == "CitizenFocus.Data.CitizenFocusDb"))
            .Select(x => $"{TopLevel(x.Type).FullName}.{x.Method.Name} calls {x.Target.DeclaringType.Name}.{x.Target.Name}")
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Every_capability_in_core_has_one_module_named_for_its_folder_and_CoreServices_lists_each_once()
    {
        var modules = Core.GetTypes().Where(t => t is { IsInterface: false, IsAbstract: false } && typeof(ICapabilityModule).IsAssignableFrom(t)).ToList();
        var listed = CoreServices.Capabilities.Select(c => c.GetType()).ToList();
        var problems = new List<string>();
        foreach (var capability in CoreCapabilities())
            if (!modules.Any(m => m.FullName == $"CitizenFocus.{capability}.{capability}Module"))
                problems.Add($"{capability}/ has no {capability}Module");
        foreach (var module in modules)
        {
            var folder = Segment(module.Namespace, "CitizenFocus");
            if (folder is null || Foundations.Contains(folder) || module.FullName != $"CitizenFocus.{folder}.{folder}Module")
                problems.Add($"{module.FullName} is not a capability's module, named for its folder ({folder ?? "none"})");
            if (listed.Count(t => t == module) != 1)
                problems.Add($"CoreServices.Capabilities lists {module.Name} {listed.Count(t => t == module)} times, not once");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Foundations_other_than_the_EF_model_use_no_capability()
    {
        var result = Types.InAssembly(Core)
            .That().ResideInNamespace("CitizenFocus.Common").Or().ResideInNamespace("CitizenFocus.Reporting")
            .ShouldNot().HaveDependencyOnAny(CoreCapabilities().Select(c => $"CitizenFocus.{c}").ToArray())
            .GetResult();
        Assert.True(result.IsSuccessful, "Foundations depending on a capability: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void A_capability_writes_only_its_own_tables()
    {
        var offenders = TableUses()
            .Where(u => u.Write && u.Owner != u.Capability && !WritesEveryTable.Contains(u.Capability))
            .Select(u => $"{u.Where} ({u.Capability}) writes {u.Owner}'s {u.Table}")
            .Distinct().Order().ToList();
        Assert.True(offenders.Count == 0, "Write through the owner's use cases or services instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void A_capability_reads_another_capabilitys_tables_only_where_tolerated()
    {
        var crossings = TableUses()
            .Where(u => u.Owner != u.Capability && u.Owner != "Organisation" && !WritesEveryTable.Contains(u.Capability))
            .ToList();
        var offenders = crossings.Where(u => !ToleratedReads.Contains((u.Capability, u.Table)))
            .Select(u => $"{u.Where} ({u.Capability}) reads {u.Owner}'s {u.Table}")
            .Distinct().Order().ToList();
        var stale = ToleratedReads.Where(t => !crossings.Any(u => (u.Capability, u.Table) == t))
            .Select(t => $"{t.Reader} no longer reads {t.Table}: take it off ToleratedReads").ToList();
        Assert.True(offenders.Count + stale.Count == 0,
            "Read through the owner's public service instead:\n" + string.Join("\n", offenders.Concat(stale)));
    }

    [Fact]
    public void Every_web_module_is_named_for_a_core_capability_and_lives_in_its_folder()
    {
        var capabilities = CoreCapabilities();
        var problems = WebModules()
            .Select(m => (Type: m.GetType(), m.Name))
            .Where(m => !capabilities.Contains(m.Name) || m.Type.FullName != $"CitizenFocus.Web.Pages.{m.Name}.{m.Name}WebModule")
            .Select(m => $"{m.Type.FullName} (Name \"{m.Name}\") should be CitizenFocus.Web.Pages.<Capability>.<Capability>WebModule for one of {string.Join(", ", capabilities)}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Program_adds_every_web_module_once()
    {
        var added = Calls(Web)
            .Where(x => TopLevel(x.Type).FullName == "Program" && x.Target is GenericInstanceMethod { Name: nameof(CapabilitySetup.AddCapability) })
            .Select(x => ((GenericInstanceMethod)x.Target).GenericArguments[0].FullName)
            .ToList();
        var problems = WebModules().Select(m => m.GetType().FullName!)
            .Where(name => added.Count(a => a == name) != 1)
            .Select(name => $"Program.cs adds {name} {added.Count(a => a == name)} times, not once")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_page_and_page_type_lives_in_the_folder_of_a_web_module()
    {
        var folders = WebModules().Select(m => m.Name).ToList();
        var pages = Web.GetCustomAttributes<RazorCompiledItemAttribute>().Select(a => a.Identifier)
            .Where(p => !HostPages.Contains(p) && !p.StartsWith("/Pages/Shared/", StringComparison.Ordinal)
                && !folders.Any(f => p.StartsWith($"/Pages/{f}/", StringComparison.Ordinal)))
            .Select(p => $"{p} is in no capability's folder");
        var types = Web.GetTypes().Select(t => (Type: t, Folder: Segment(t.Namespace, "CitizenFocus.Web.Pages")))
            .Where(t => t.Folder is not null && t.Folder != "Shared" && !folders.Contains(t.Folder))
            .Select(t => $"{t.Type.FullName} is in no capability's folder");
        var problems = pages.Concat(types).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Web_test_folders_are_named_for_capabilities()
    {
        var allowed = CoreCapabilities().Append("Hosting").Append("Infrastructure").ToList();
        var problems = typeof(ArchitectureTests).Assembly.GetTypes()
            .Select(t => (Type: t, Folder: Segment(t.Namespace, "CitizenFocus.Web.Tests")))
            .Where(t => t.Folder is not null && !allowed.Contains(t.Folder))
            .Select(t => $"{t.Type.FullName}: tests/CitizenFocus.Web.Tests/{t.Folder}/ is not named for a capability")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Capabilities: the top-level folders (namespaces) of core, less the foundations.</summary>
    private static List<string> CoreCapabilities() =>
        Core.GetTypes().Select(t => Segment(t.Namespace, "CitizenFocus")).OfType<string>().Distinct().Except(Foundations).Order().ToList();

    private static List<IWebModule> WebModules() =>
        Web.GetTypes().Where(t => t is { IsInterface: false, IsAbstract: false } && typeof(IWebModule).IsAssignableFrom(t))
            .Select(t => (IWebModule)Activator.CreateInstance(t)!).ToList();

    /// <summary>The namespace segment right under <paramref name="root"/>: "Contact" for CitizenFocus.Contact.Queries.</summary>
    private static string? Segment(string? ns, string root) =>
        ns is not null && ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;

    private static TypeDefinition TopLevel(TypeDefinition type) => type.DeclaringType is null ? type : TopLevel(type.DeclaringType);

    /// <summary>Every method an assembly's code calls, creates, or names in an expression tree or delegate.</summary>
    private static IEnumerable<(TypeDefinition Type, MethodDefinition Method, MethodReference Target)> Calls(Assembly assembly) =>
        ModuleDefinition.ReadModule(assembly.Location).GetTypes()
            .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions
                .Where(i => i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt || i.OpCode == OpCodes.Newobj
                    || i.OpCode == OpCodes.Ldtoken || i.OpCode == OpCodes.Ldftn)
                .Select(i => i.Operand).OfType<MethodReference>()
                .Select(target => (t, m, target))));

    private sealed record TableUse(string Capability, string Owner, string Table, bool Write, string Where);

    /// <summary>
    /// Each place core code reads a table (a DbSet property, <c>Set&lt;T&gt;()</c>) or writes one
    /// (DbSet Add/Update/Remove/Attach, ExecuteUpdate/ExecuteDelete, the bulk inserter and upserter),
    /// with the capability whose code it is and the capability whose entity the table holds.
    /// </summary>
    private static List<TableUse> TableUses()
    {
        string[] setWrites = ["Add", "AddAsync", "AddRange", "AddRangeAsync", "Update", "UpdateRange", "Remove", "RemoveRange", "Attach", "AttachRange"];
        string[] queryWrites = ["ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync"];
        var tables = typeof(Data.CitizenFocusDb).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.DbSet<>))
            .Select(p => (Entity: p.PropertyType.GetGenericArguments()[0], Table: p.Name))
            .GroupBy(p => (p.Entity.IsGenericType ? p.Entity.GetGenericTypeDefinition() : p.Entity).FullName!)
            .ToDictionary(g => g.Key, g => g.First().Table);
        var uses = new List<TableUse>();
        foreach (var (type, _, target) in Calls(Core))
        {
            var capability = Segment(TopLevel(type).Namespace, "CitizenFocus");
            if (capability is null || Foundations.Contains(capability)) continue;
            TypeReference? entity = null;
            var write = false;
            if (target.Name.StartsWith("get_", StringComparison.Ordinal) && IsDbSet(target.ReturnType) && IsContext(target.DeclaringType))
                entity = Resolve(((GenericInstanceType)target.ReturnType).GenericArguments[0], target);
            else if (target is GenericInstanceMethod { Name: "Set" } set && IsContext(target.DeclaringType))
                entity = set.GenericArguments[0];
            else if (IsDbSet(target.DeclaringType) && setWrites.Contains(target.Name))
                (entity, write) = (((GenericInstanceType)target.DeclaringType).GenericArguments[0], true);
            else if (target is GenericInstanceMethod query && queryWrites.Contains(query.Name))
                (entity, write) = (query.GenericArguments[0], true);
            else if (target is GenericInstanceMethod { Name: "InsertAsync" } bulk && bulk.DeclaringType.FullName == "CitizenFocus.Data.BulkInserter")
                (entity, write) = (bulk.GenericArguments[0], true);
            else if (target.DeclaringType is GenericInstanceType { ElementType.FullName: "CitizenFocus.Data.BulkUpserter`1" } upserter)
                (entity, write) = (upserter.GenericArguments[0], true);
            if (entity is null or GenericParameter) continue;

            var owner = entity.Namespace.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) ? "Identity" : Segment(entity.Namespace, "CitizenFocus");
            if (owner is null) continue;
            var table = tables.GetValueOrDefault(entity.GetElementType().FullName.Replace('/', '+'), entity.Name);
            uses.Add(new TableUse(capability, owner, table, write, TopLevel(type).FullName));
        }
        return uses;
    }

    private static bool IsContext(TypeReference type) =>
        type.FullName is "CitizenFocus.Data.CitizenFocusDb" or "Microsoft.EntityFrameworkCore.DbContext"
        || type.Namespace == "Microsoft.AspNetCore.Identity.EntityFrameworkCore";

    private static bool IsDbSet(TypeReference type) =>
        type is GenericInstanceType { ElementType.FullName: "Microsoft.EntityFrameworkCore.DbSet`1" };

    /// <summary>DbSet&lt;TUser&gt; on IdentityDbContext's generic base is DbSet&lt;StaffUser&gt; here.</summary>
    private static TypeReference Resolve(TypeReference type, MethodReference method) =>
        type is GenericParameter { Type: GenericParameterType.Type } p && method.DeclaringType is GenericInstanceType d
            ? d.GenericArguments[p.Position]
            : type;

    [Fact]
    public void Only_the_personal_data_read_policy_writes_a_consultation_to_the_audit_trail()
    {
        // AuditLog refuses consultations through AppendAsync; its one consultation entry point is internal to the
        // core, and only the policy may call it.
        var core = ModuleDefinition.ReadModule(typeof(PersonalDataReads).Assembly.Location);
        var callers = core.GetTypes()
            .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions
                .Where(i => (i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt)
                    && i.Operand is MethodReference target
                    && target.DeclaringType.FullName == typeof(AuditLog).FullName
                    && target.Name == "AppendConsultationAsync")
                .Select(_ => Outermost(t).FullName)))
            .Distinct()
            .ToList();
        Assert.Equal([typeof(PersonalDataReads).FullName!], callers);

        // And no code in any project builds a consultation record to hand to the log another way.
        // AuditActionText only gives the action's words for the audit page and the command line; it writes nothing.
        var allowed = new[] { "src/CitizenFocus/Audit/AuditLog.cs", "src/CitizenFocus/Audit/PersonalDataReads.cs", "src/CitizenFocus/Audit/AuditActionText.cs" };
        var naming = SourceFiles("src").Where(f => File.ReadAllText(f.Path).Contains("AuditAction.Consultation", StringComparison.Ordinal))
            .Select(f => f.Relative).Except(allowed).ToList();
        Assert.True(naming.Count == 0, "Consultations written outside PersonalDataReads: " + string.Join(", ", naming));
    }

    [Fact]
    public void Uk_time_is_looked_up_in_one_place()
    {
        // The zone's id names UK time once, in UkTime; everything else (web, command line, core, tests, bench)
        // converts through it. This file is left out: it must name what it looks for.
        var self = "tests/CitizenFocus.Web.Tests/ArchitectureTests.cs";
        var naming = SourceFiles("src", "tests", "bench")
            .Where(f => f.Relative != self && File.ReadAllText(f.Path).Contains("Europe/London", StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Relative).ToList();
        Assert.Equal(["src/CitizenFocus/Common/UkTime.cs"], naming);
    }

    [Fact]
    public void The_organisation_has_one_level_type()
    {
        // Force, area, borough and ward are OrgLevel's; a second enum naming them would need converting to and fro.
        string[] levels = ["Force", "Area", "Borough", "Ward"];
        var enums = new[] { typeof(CitizenFocus.Data.CitizenFocusDb).Assembly, typeof(Program).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsEnum && levels.All(name => Enum.GetNames(t).Contains(name, StringComparer.OrdinalIgnoreCase)))
            .Select(t => t.FullName)
            .ToList();
        Assert.Equal([typeof(CitizenFocus.Organisation.OrgLevel).FullName], enums);
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    /// <summary>The repository's own C# and Razor files under a folder (build output left out), with paths relative to the root.</summary>
    private static IEnumerable<(string Path, string Relative)> SourceFiles(params string[] folders)
    {
        var root = RepositoryRoot();
        return folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part is "bin" or "obj" or "node_modules"));
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
    [InlineData("OrgLevel.Area => teams.Where(t => db.Boroughs.Any(b => b.Id == t.BoroughId && b.AreaId == areaId)),")]
    [InlineData("var rows = db.TeamMessages.Where(m => m.WardId == User.GetOrgScope().WardId);")]
    [InlineData("if (scope.Level == OrgLevel.Force) return all;")]
    [InlineData("OrgLevel.Ward => messages.Where(m => wardId == m.WardId),")]
    [InlineData("var ours = db.PartnerShares.Where(s => s.PartnerAgencyId == orgScope.PartnerAgencyId);")]
    public void The_scope_rule_check_catches_a_hand_written_filter(string line) =>
        Assert.Single(ScopeBypasses("src/CitizenFocus/Example.cs", "namespace X;\n" + line));

    [Theory]
    [InlineData("var calls = db.Calls.AsNoTracking().InScope(scope, db);")]
    [InlineData("// Not scope.BoroughId by hand: the rule decides.")]
    [InlineData("OrgLevel.Area => await db.Areas.Where(a => a.Code == code).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct),")]
    [InlineData("OrgLevel.Area => c => db.Boroughs.Where(b => b.Id == c.BoroughId).Select(b => (int?)b.AreaId).FirstOrDefault(),")]
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

    /// <summary>
    /// A switch arm on a level that filters records by their unit: <c>OrgLevel.Borough => x.Where(... BoroughId == id ...)</c>.
    /// A unit id compared with a plain value (<c>t.BoroughId == boroughId</c>, <c>areaId == b.AreaId</c>); a join of two
    /// records' ids (<c>b.Id == c.BoroughId</c>, grouping clocks by the area they lie in) is not a scope filter.
    /// </summary>
    [GeneratedRegex(@"OrgLevel\.\w+\s*=>.*\.(Where|Any|Count|First|Single)\w*\(.*(\b(AreaId|BoroughId|WardId)\s*==\s*(?!\w+\s*\.)\w|(?<![.\w])[a-z]\w*\s*==\s*\w+\.(AreaId|BoroughId|WardId)\b)")]
    private static partial Regex LevelArmFilter();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CitizenFocus.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The tests run outside the repository: CitizenFocus.slnx not found above " + AppContext.BaseDirectory);
    }
}
