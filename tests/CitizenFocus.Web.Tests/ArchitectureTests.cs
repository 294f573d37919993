using CitizenFocus.Audit;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace CitizenFocus.Web.Tests;

/// <summary>
/// The boundaries CONVENTIONS.md sets: a core free of ASP.NET, pages that write only through use cases, and
/// cross-cutting rules written once (the audit of personal-data reads, UK time, the organisation's levels).
/// </summary>
public sealed class ArchitectureTests
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
        var allowed = new[] { "src/CitizenFocus/Audit/AuditLog.cs", "src/CitizenFocus/Audit/PersonalDataReads.cs" };
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CitizenFocus.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The tests run outside the repository: CitizenFocus.slnx not found above " + AppContext.BaseDirectory);
    }
}
