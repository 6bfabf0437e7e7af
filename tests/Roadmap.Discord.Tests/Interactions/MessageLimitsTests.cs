using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Interactions;

public sealed class MessageLimitsTests
{
    [Fact]
    public void Fit_OverlongContent_IsCutWithAnEllipsis()
    {
        var data = Reply.Text(new string('a', 2500)).ToResponseData();

        Assert.Equal(2000, data.Content!.Length);
        Assert.EndsWith("a…", data.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_OverlongEmbedParts_AreEachCutToTheirLimit()
    {
        var embed = new Embed
        {
            Title = new string('t', 300),
            Description = new string('d', 5000),
            Fields = [new EmbedField { Name = new string('n', 300), Value = new string('v', 2000) }],
        };

        var fitted = Reply.Card(embed).ToResponseData().Embeds![0];

        Assert.Equal(256, fitted.Title!.Length);
        Assert.Equal(1024, fitted.Fields![0].Value.Length);
        Assert.Empty(LimitCheck.Violations(Reply.Card(embed).ToResponseData()));
    }

    [Fact]
    public void Fit_EmbedsOver6000InTotal_StayWithinTheTotal()
    {
        var fields = Enumerable.Range(0, 30).Select(i => new EmbedField { Name = $"field {i}", Value = new string('v', 1000) }).ToList();
        var reply = Reply.Card(new Embed { Title = "Big", Description = new string('d', 4000), Fields = fields });

        var data = reply.ToResponseData();

        Assert.Empty(LimitCheck.Violations(data));
        Assert.True(data.Embeds![0].Fields!.Count <= 25);
    }

    [Fact]
    public void Fit_LongButtonAndSelectLabels_AreCut()
    {
        var row = new ActionRow
        {
            Components =
            [
                new Button { Label = new string('b', 120), CustomId = "v1:x:y" },
            ],
        };
        var menu = new ActionRow { Components = [new StringSelect { CustomId = "v1:x:z", Options = [new SelectOption { Label = new string('l', 150), Value = "v" }] }] };

        var data = (Reply.Text("hi") with { Components = [row, menu] }).ToResponseData();

        Assert.Empty(LimitCheck.Violations(data));
    }

    [Fact]
    public void Cut_SurrogatePairAtTheEdge_IsNotSplit()
    {
        var text = new string('a', 8) + "😀😀";

        var cut = MessageLimits.Cut(text, 10);

        Assert.Equal(new string('a', 8) + "…", cut);
    }
}
