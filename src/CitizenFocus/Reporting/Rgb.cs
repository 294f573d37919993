namespace CitizenFocus.Reporting;

/// <summary>The few colours the PDF uses, taken from the GOV.UK palette the pages use.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb Text = new(0x0B, 0x0C, 0x0C);
    public static readonly Rgb Secondary = new(0x50, 0x5A, 0x5F);
    public static readonly Rgb Border = new(0xB1, 0xB4, 0xB6);
    public static readonly Rgb HeaderFill = new(0xF3, 0xF2, 0xF1);
}
