using CitizenFocus.Demo;

namespace CitizenFocus.Bench.Demo;

/// <summary>
/// Works around a fault in the demo organisation at Met scale: outward codes are "Z" + one of the 20
/// letters of <c>DemoNames.Letters</c> chosen by borough index, so boroughs 21 to 32 reuse the codes of
/// boroughs 1 to 12 and <c>DemoGenerator</c> stops on duplicate postcode keys. Used only with
/// --patch-postcodes, until the generator is fixed; then this file and the option go.
/// </summary>
internal static class PostcodeClash
{
    public const string Explanation =
        "DemoOrganisation.AddPostcodes gives boroughs 21-32 the same outward codes as boroughs 1-12 (\"Z\" + DemoNames.Letters[boroughIndex % 20], "
        + "20 letters for 32 boroughs), so EF refuses the duplicate Postcode keys. Rerun with --patch-postcodes to rename the clashing demo postcodes "
        + "in the bench (ZA1 -> YA1) and generate through a copy of DemoGenerator's steps.";

    public static bool IsClash(Exception e) =>
        e is InvalidOperationException && e.Message.Contains("'Postcode'", StringComparison.Ordinal) && e.Message.Contains("same key", StringComparison.Ordinal);

    /// <summary>Renames the later of two clashing postcodes by changing the leading Z of its outward code. Returns how many changed.</summary>
    public static int Rename(DemoOrganisation org)
    {
        var seen = new HashSet<string>();
        var renamed = 0;
        foreach (var postcode in org.Postcodes)
        {
            foreach (var first in "ZYXWVU")
            {
                var display = first + postcode.Display[1..];
                var code = Organisation.Postcode.Normalise(display);
                if (!seen.Add(code)) continue;
                if (code != postcode.Code) renamed++;
                postcode.Code = code;
                postcode.Display = display;
                break;
            }
        }
        return renamed;
    }
}
