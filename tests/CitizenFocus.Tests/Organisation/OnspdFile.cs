namespace CitizenFocus.Tests.Organisation;

/// <summary>A small file in the ONS Postcode Directory layout, with the columns the import ignores.</summary>
internal sealed class OnspdFile : IDisposable
{
    public const string Header = "pcd,pcd2,pcds,dointr,doterm,oscty,oslaua,osward,usertype,oseast1m,osnrth1m,lat,long";

    public OnspdFile(params string[] rows)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cf_test_onspd_{Guid.NewGuid():N}.csv");
        File.WriteAllLines(Path, [Header, .. rows]);
    }

    public string Path { get; }

    /// <summary>One row: the postcode in all three ONSPD spellings, then codes and coordinates.</summary>
    public static string Row(string pcds, string lat, string @long, string ward = "E05000026", string authority = "E09000002")
    {
        var compact = pcds.Replace(" ", "");
        var (outward, inward) = (compact[..^3], compact[^3..]);
        return $"\"{outward,-4}{inward}\",\"{outward,-5}{inward}\",\"{pcds}\",198001,,E99999999,{authority},{ward},0,545000,184000,{lat},{@long}";
    }

    public FileStream Open() => File.OpenRead(Path);

    public void Dispose() => File.Delete(Path);
}
