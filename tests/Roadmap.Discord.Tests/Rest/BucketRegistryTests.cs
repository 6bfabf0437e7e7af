using Microsoft.Extensions.Time.Testing;
using Roadmap.Discord.Rest;

namespace Roadmap.Discord.Tests.Rest;

public sealed class BucketRegistryTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Get_SameRouteAndMajor_ReturnsTheSameBucket()
    {
        var registry = new BucketRegistry(_time);

        Assert.Same(registry.Get(DiscordRoute.CreateMessage(1)), registry.Get(DiscordRoute.CreateMessage(1)));
        Assert.NotSame(registry.Get(DiscordRoute.CreateMessage(1)), registry.Get(DiscordRoute.CreateMessage(2)));
    }

    [Fact]
    public void Get_TwoRoutesLearnTheSameHash_ShareOneBucketPerMajorParameter()
    {
        var registry = new BucketRegistry(_time);
        var create = DiscordRoute.CreateMessage(1);
        var edit = DiscordRoute.EditMessage(1, 99);
        var first = registry.Get(create);

        registry.LearnHash(create, "abc", first);
        registry.LearnHash(edit, "abc", registry.Get(edit));

        Assert.Same(first, registry.Get(edit));
        Assert.NotSame(first, registry.Get(DiscordRoute.EditMessage(2, 99)));
    }

    [Fact]
    public void Route_WebhookWithToken_KeepsTheTokenOutOfKeyAndText()
    {
        var route = DiscordRoute.EditOriginalResponse(5, "secret-token");

        Assert.DoesNotContain("secret-token", route.MajorParameter, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", route.ToString(), StringComparison.Ordinal);
        Assert.Contains("secret-token", route.Path, StringComparison.Ordinal);
        Assert.True(route.IsExemptFromGlobalLimit);
    }

    [Fact]
    public void Route_WebhookMajorParameter_DiffersPerToken()
    {
        Assert.NotEqual(
            DiscordRoute.CreateFollowup(5, "a").MajorParameter,
            DiscordRoute.CreateFollowup(5, "b").MajorParameter);
    }
}
