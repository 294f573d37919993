namespace CitizenFocus.Tests.CrimeAnalysis;

/// <summary>A temporary CSV file with a header and rows, deleted on dispose.</summary>
internal sealed class CsvFile : IDisposable
{
    public CsvFile(string name, string header, params string[] rows)
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cf_test_{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, name);
        File.WriteAllLines(Path, [header, .. rows]);
    }

    public string Directory { get; }
    public string Path { get; }
    public string Name => System.IO.Path.GetFileName(Path);

    public FileStream Open() => File.OpenRead(Path);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
