using System.Reflection;
using CitizenFocus.Cli;

namespace CitizenFocus.Tests;

/// <summary>
/// The command line's and the domain tests' side of the capability modules: each capability's
/// commands in one folder with one module, named as in core and listed once; test folders named
/// for what they test. (Core and web: CitizenFocus.Web.Tests/ArchitectureTests.cs.)
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly CommandLine = typeof(CliApp).Assembly;

    /// <summary>The capabilities, by the folders of core's modules (the web tests hold those to their folders).</summary>
    private static readonly List<string> Capabilities =
        CoreServices.Capabilities.Select(c => Segment(c.GetType().Namespace, "CitizenFocus")!).Distinct().ToList();

    [Fact]
    public void Every_command_line_folder_is_a_capability_with_one_module_that_CliApp_lists_once()
    {
        var modules = CommandLine.GetTypes().Where(t => t is { IsInterface: false, IsAbstract: false } && typeof(ICliModule).IsAssignableFrom(t)).ToList();
        var listed = CliApp.Modules.Select(m => m.GetType()).ToList();
        var problems = new List<string>();
        foreach (var folder in CommandLine.GetTypes().Select(t => Segment(t.Namespace, "CitizenFocus.Cli")).OfType<string>().Distinct())
        {
            if (!Capabilities.Contains(folder))
                problems.Add($"src/CitizenFocus.Cli/{folder}/ is not named for a capability ({string.Join(", ", Capabilities)})");
            if (!modules.Any(m => m.FullName == $"CitizenFocus.Cli.{folder}.{folder}CliModule"))
                problems.Add($"src/CitizenFocus.Cli/{folder}/ has no {folder}CliModule");
        }
        foreach (var module in modules)
        {
            var folder = Segment(module.Namespace, "CitizenFocus.Cli");
            if (module.FullName != $"CitizenFocus.Cli.{folder}.{folder}CliModule")
                problems.Add($"{module.FullName} is not named for its capability's folder");
            if (listed.Count(t => t == module) != 1)
                problems.Add($"CliApp.Modules lists {module.Name} {listed.Count(t => t == module)} times, not once");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Domain_test_folders_are_named_for_capabilities_foundations_or_the_command_line()
    {
        List<string> allowed = [.. Capabilities, "Common", "Data", "Reporting", "Cli", "Infrastructure"];
        var problems = typeof(ArchitectureTests).Assembly.GetTypes()
            .Select(t => (Type: t, Folder: Segment(t.Namespace, "CitizenFocus.Tests")))
            .Where(t => t.Folder is not null && !allowed.Contains(t.Folder))
            .Select(t => $"{t.Type.FullName}: tests/CitizenFocus.Tests/{t.Folder}/ is not named for a capability")
            .Distinct().ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string? Segment(string? ns, string root) =>
        ns is not null && ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;
}
