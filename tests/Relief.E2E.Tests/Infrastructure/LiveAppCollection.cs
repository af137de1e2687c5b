namespace Relief.E2E.Tests.Infrastructure;

/// <summary>All journeys share one running app and one browser: starting them is most of a journey's cost.</summary>
[CollectionDefinition(Name)]
public sealed class LiveAppCollection : ICollectionFixture<LiveApp>
{
    public const string Name = "Live app";
}
