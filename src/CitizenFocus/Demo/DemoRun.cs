namespace CitizenFocus.Demo;

/// <summary>Marks a database as holding a generated demo force, with how it was made.</summary>
public sealed class DemoRun
{
    public int Id { get; set; }
    public required string Scale { get; set; }
    public int Seed { get; set; }
    public DateTime GeneratedAt { get; set; }
    public DateTime ActivityUpTo { get; set; }
}
