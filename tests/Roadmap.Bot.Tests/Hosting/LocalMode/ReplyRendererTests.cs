using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Tests.Hosting.LocalMode;

public sealed class ReplyRendererTests
{
    private static readonly Message Source = new() { Id = 9 };

    // 2023-11-14 22:13:20 UTC is <t:1700000000>; the clock stands four days before it.
    private static readonly FakeTimeProvider Clock = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) - TimeSpan.FromDays(4));

    private static RenderedReply Render(Reply reply, bool useAnsi = false) => new ReplyRenderer(useAnsi, Clock).Render(reply, Source);

    [Fact]
    public void Render_Card_ShowsTitleDescriptionFieldsFooterAndNumberedActions()
    {
        var text = Render(FakeStepCommand.Card("http-basics")).Text;

        Assert.Equal("""
            HTTP basics <https://example.org/http-basics>
            How clients and servers talk. Read the MDN HTTP overview <https://developer.mozilla.org/docs/Web/HTTP>, then try `curl -i **not bold**`.
            Why it matters
              Every API speaks HTTP.
            Checklist
              - Send a request
              - Read a status code
            — Stage 1 · 4 hours

            [1] Start  [2] Done  [3] Skip  Docs <https://example.org/docs>
            Open a related milestone:
              [4] Storing data — Databases and SQL
              [5] APIs
            """, text);
    }

    [Fact]
    public void Render_Card_ButtonsAndSelectOptionsBecomeActionsWithTheirIds()
    {
        var actions = Render(FakeStepCommand.Card("http-basics")).Actions;

        Assert.Equal(
            """
            1 Start v1:step:start:http-basics -
            2 Done v1:step:done:http-basics -
            3 Skip v1:step:skip:http-basics -
            4 Storing data v1:step:open storing-data
            5 APIs v1:step:open apis
            """,
            string.Join('\n', actions.Select(a => $"{a.Number} {a.Label} {a.CustomId} {a.Value ?? "-"}")));
        Assert.All(actions, a => Assert.Same(Source, a.Source));
    }

    [Fact]
    public void Render_BoldOnARealTerminal_UsesAnsiButLeavesCodeAlone()
    {
        var text = Render(Reply.Text("**Done!** Next: `**literal**`"), useAnsi: true).Text;

        Assert.Equal("\e[1mDone!\e[22m Next: `**literal**`", text);
    }

    [Fact]
    public void Render_BoldWhenPiped_IsPlainText()
    {
        Assert.Equal("Done! Next: APIs", Render(Reply.Text("**Done!** Next: __APIs__")).Text);
    }

    [Fact]
    public void Render_MaskedLinkWithSuppressedPreview_ShowsTheAddressOnce()
    {
        Assert.Equal("See MDN <https://developer.mozilla.org>.", Render(Reply.Text("See [MDN](<https://developer.mozilla.org>).")).Text);
    }

    [Fact]
    public void Render_DiscordTimestamp_ShowsTheUtcTime()
    {
        Assert.Equal("Next nudge: 2023-11-14 22:13 UTC.", Render(Reply.Text("Next nudge: <t:1700000000:F>.")).Text);
    }

    [Theory]
    [InlineData(1_700_000_000, "in 4 days")]
    [InlineData(1_700_000_000 - (4 * 86_400) + 3_600, "in an hour")]
    [InlineData(1_700_000_000 - (4 * 86_400) + 600, "in 10 minutes")]
    [InlineData(1_700_000_000 - (4 * 86_400) + 20, "in a few seconds")]
    [InlineData(1_700_000_000 - (6 * 86_400), "2 days ago")]
    [InlineData(1_700_000_000 + (86 * 86_400), "in 3 months")]
    public void Render_RelativeDiscordTimestamp_CountsFromNowAsDiscordDoes(long seconds, string expected)
    {
        var text = Render(Reply.Text($"Next nudge: <t:{seconds}:F> (<t:{seconds}:R>).")).Text;

        Assert.EndsWith($" UTC ({expected}).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Mentions_ShowTheChannelAsItsPostsStart_AndNameMembersAndRolesByKind()
    {
        Assert.Equal("Home channel: #555, moderators: @role 77, 1. @member 1003 · 2 done", Render(Reply.Text("Home channel: <#555>, moderators: <@&77>, 1. <@1003> · 2 done")).Text);
    }

    [Fact]
    public void Render_Ephemeral_IsMarkedAsOnlyForYou()
    {
        Assert.Equal("(only you can see this)\nSaved.", Render(Reply.Text("Saved.", ephemeral: true)).Text);
    }

    [Fact]
    public void Render_Update_SaysItReplacesTheMessageAbove()
    {
        Assert.Equal("(updates the message above)\nUndone.", Render(new Reply { Content = "Undone.", UpdatesMessage = true }).Text);
    }

    [Fact]
    public void Render_DisabledButton_IsShownWithoutANumber()
    {
        var reply = new Reply
        {
            Components = [ActionRow.Of(
                new Button { Label = "Done", CustomId = "v1:step:done:x", Disabled = true },
                new Button { Label = "Skip", CustomId = "v1:step:skip:x" })],
        };

        var rendered = Render(reply);

        Assert.Equal("(Done, unavailable)  [1] Skip", rendered.Text);
        Assert.Equal("v1:step:skip:x", Assert.Single(rendered.Actions).CustomId);
    }

    [Fact]
    public void Render_EmptyFieldNameAndHeadings_PrintReadably()
    {
        var embed = new Embed
        {
            Description = "## Stage 2\n-# updated weekly",
            Fields = [new EmbedField { Name = "\u200b", Value = "██░░ 50%" }],
        };

        Assert.Equal("Stage 2\nupdated weekly\n  ██░░ 50%", Render(Reply.Card(embed)).Text);
    }

    [Fact]
    public void Render_Form_NamesItsFieldsAndShowsTheCommandToUseInstead()
    {
        var form = Reply.Form(
            new Modal
            {
                CustomId = "v1:challenge:form:3",
                Title = "Submit: Build a URL shortener",
                Components = [ActionRow.Of(new TextInput { CustomId = "link", Label = "Link (https://)" }), ActionRow.Of(new TextInput { CustomId = "note", Label = "Note" })],
            },
            "Submit with `/challenge submit challenge:3 link:<your https:// link>`.");

        var text = Render(form).Text;

        Assert.Contains("opens a form, \"Submit: Build a URL shortener\", asking for: Link (https://), Note", text, StringComparison.Ordinal);
        Assert.Contains("/challenge submit challenge:3", text, StringComparison.Ordinal);
    }
}
