using Roadmap.Discord.Interactions;

namespace Roadmap.Discord.Tests.Interactions;

public sealed class CustomIdTests
{
    [Fact]
    public void Create_ThenTryParse_RoundTrips()
    {
        var text = CustomId.Create("progress", "done", "http-basics");

        Assert.Equal("v1:progress:done:http-basics", text);
        Assert.True(CustomId.TryParse(text, out var id));
        Assert.Equal(("progress", "done", "http-basics"), (id.Handler, id.Action, id.Argument(0)));
        Assert.Null(id.Argument(1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("progress:done:x")]
    [InlineData("v2:progress:done:x")]
    [InlineData("v1:progress")]
    [InlineData("v1::done")]
    public void TryParse_ForeignOrOldIds_AreRefused(string text)
    {
        Assert.False(CustomId.TryParse(text, out _));
    }

    [Fact]
    public void Create_LongerThanDiscordAllows_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CustomId.Create("progress", "done", new string('a', 90)));

        Assert.Contains("Discord allows 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PartWithSeparator_Throws()
    {
        Assert.Throws<ArgumentException>(() => CustomId.Create("progress", "done", "a:b"));
    }
}
