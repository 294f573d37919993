namespace CitizenFocus.Tests.Infrastructure;

/// <summary>The sample import files a force's set-up starts from (docs/samples), found from the test's own folder.</summary>
public static class SampleFiles
{
    public static string PathOf(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "docs", "samples"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("docs/samples was not found above the test's folder"),
            "docs", "samples", name);
    }
}
