using System.Text.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Tests.Models;

public sealed class InteractionFixtureTests
{
    [Fact]
    public void Parse_SlashCommandFixture_ReadsMemberOptionsAndLocale()
    {
        var interaction = Fixture.Parse<Interaction>("interactions/slash-command.json");

        Assert.Equal(786008729715212338UL, interaction.Id);
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("A_UNIQUE_TOKEN", interaction.Token);
        Assert.Equal(290926798626357999UL, interaction.GuildId);
        Assert.Equal(645027906669510667UL, interaction.ChannelId);
        Assert.Equal("en-US", interaction.Locale);
        Assert.Equal("442368", interaction.AppPermissions);
        Assert.Equal(0UL, interaction.ApplicationId);
        Assert.Equal(53908232506183680UL, interaction.Invoker?.Id);
        Assert.Equal("2147483647", interaction.Member?.Permissions);
        Assert.Equal([539082325061836999UL], interaction.Member?.Roles);
        Assert.Equal("cardsearch", interaction.Data?.Name);
        var option = Assert.Single(interaction.Data!.Options!);
        Assert.Equal(ApplicationCommandOptionType.String, option.Type);
        Assert.Equal("The Gitrog Monster", option.Value?.GetString());
    }

    [Fact]
    public void Parse_UserCommandFixture_ReadsResolvedUserAndPartialMember()
    {
        var interaction = Fixture.Parse<Interaction>("interactions/user-command.json");

        Assert.Equal(775799577604522054UL, interaction.ApplicationId);
        Assert.Equal(1, interaction.Version);
        Assert.Equal(2, interaction.Data?.Type);
        Assert.Equal(809850198683418695UL, interaction.Data?.TargetId);
        var resolved = interaction.Data!.Resolved!;
        Assert.True(resolved.Users!["809850198683418695"].Bot);
        Assert.Null(resolved.Members!["809850198683418695"].User);
        Assert.Equal("246997699136", resolved.Members["809850198683418695"].Permissions);
    }

    [Fact]
    public void Parse_MessageCommandFixture_ReadsResolvedMessage()
    {
        var interaction = Fixture.Parse<Interaction>("interactions/message-command.json");

        var message = interaction.Data!.Resolved!.Messages!["867793854505943041"];
        Assert.Equal("some message", message.Content);
        Assert.Equal(167348773423415296UL, message.Author?.Id);
        Assert.Equal(new DateTimeOffset(2021, 7, 22, 15, 42, 57, 744, TimeSpan.Zero), message.Timestamp);
        Assert.Empty(message.Components!);
    }

    [Fact]
    public void Parse_AutocompleteFixture_MarksTheFocusedOption()
    {
        var interaction = Fixture.Parse<Interaction>("interactions/autocomplete-data.json");

        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, interaction.Type);
        var option = Assert.Single(interaction.Data!.Options!);
        Assert.True(option.Focused);
        Assert.Equal("data a user is typ", option.Value?.GetString());
        Assert.Equal("", interaction.Token);
    }

    [Fact]
    public void Parse_ButtonClickFixture_ReadsCustomIdAndComponentType()
    {
        var interaction = Fixture.Parse<Interaction>("interactions/button-click-data.json");

        Assert.Equal(InteractionType.MessageComponent, interaction.Type);
        Assert.Equal("click_me", interaction.Data?.CustomId);
        Assert.Equal(ComponentType.Button, interaction.Data?.ComponentType);
    }

    [Fact]
    public void Parse_StringSelectFixture_ReadsPickedValues()
    {
        var interaction = Fixture.Parse<Interaction>("interactions/string-select-data.json");

        Assert.Equal(ComponentType.StringSelect, interaction.Data?.ComponentType);
        Assert.Equal(["butterfly"], interaction.Data?.Values);
    }

    [Fact]
    public void Parse_EmptyObject_GivesDefaultsWithoutThrowing()
    {
        var interaction = JsonSerializer.Deserialize<Interaction>("{}", Json.DiscordJson.Options)!;

        Assert.Equal(0UL, interaction.Id);
        Assert.Null(interaction.Data);
        Assert.Null(interaction.Invoker);
    }

    [Fact]
    public void ToString_InteractionWithToken_LeavesTheTokenOut()
    {
        var interaction = Fixture.Parse<Interaction>("interactions/slash-command.json");

        var text = interaction.ToString();

        Assert.DoesNotContain("A_UNIQUE_TOKEN", text, StringComparison.Ordinal);
        Assert.Contains("786008729715212338", text, StringComparison.Ordinal);
    }
}
