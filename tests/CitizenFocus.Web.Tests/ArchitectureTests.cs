using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace CitizenFocus.Web.Tests;

/// <summary>The boundaries CONVENTIONS.md sets: a core free of ASP.NET, and pages that write only through use cases.</summary>
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
}
