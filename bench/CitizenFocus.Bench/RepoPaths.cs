namespace CitizenFocus.Bench;

/// <summary>Finds the repository from the working folder or from where the bench was built (artifacts/bin/...).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string CacheFolder => Path.Combine(Root, "bench", ".cache");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CitizenFocus.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find CitizenFocus.slnx above the working folder or the bench's build output.");
    }
}
