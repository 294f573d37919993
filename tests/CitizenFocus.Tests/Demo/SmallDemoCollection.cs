namespace CitizenFocus.Tests.Demo;

/// <summary>The test classes that read the small demo force share one, since making it inserts about a million rows.</summary>
[CollectionDefinition(Name)]
public sealed class SmallDemoCollection : ICollectionFixture<SmallDemoFixture>
{
    public const string Name = "Small demo force";
}
