using CitizenFocus.Demo;

namespace CitizenFocus.Web.Hosting;

/// <summary>The "Demo" section: whether an empty database gets the demo force at start-up.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";
    public bool LoadWhenEmpty { get; set; }
    public DemoScale Scale { get; set; } = DemoScale.Small;
    public int Seed { get; set; } = DemoGenerator.DefaultSeed;
}
