namespace CitizenFocus.Tests.Infrastructure;

/// <summary>
/// Files with a byte that is not UTF-8, as a spreadsheet saved in Windows-1252 writes "é" (0xE9) or "ÿ" (0xFF):
/// the tests write text with <see cref="Marker"/> where the bad byte goes, then <see cref="Apply"/> puts it there.
/// </summary>
public static class InvalidUtf8
{
    public const string Marker = "{FF}";

    /// <summary>Rewrites the file at <paramref name="path"/> with each <see cref="Marker"/> as the single byte 0xFF.</summary>
    public static void Apply(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var marker = System.Text.Encoding.ASCII.GetBytes(Marker);
        var output = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes.AsSpan(i).StartsWith(marker))
            {
                output.Add(0xFF);
                i += marker.Length - 1;
            }
            else output.Add(bytes[i]);
        }
        Assert.True(output.Count < bytes.Length, "the file had no marker to replace");
        File.WriteAllBytes(path, [.. output]);
    }
}
