using System.Text.Json;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Tests.Models;

/// <summary>
/// A field missing from the JSON reads as the record's initializer, not as null: the generated
/// metadata sets every init-only property, so the records must not rely on the initializer alone.
/// </summary>
public sealed class MissingFieldTests
{
    [Fact]
    public void Parse_InteractionWithoutToken_ReadsAnEmptyToken()
    {
        var interaction = Parse<Interaction>("""{"id":"1","type":2}""");

        Assert.Equal("", interaction.Token);
    }

    [Fact]
    public void Parse_InteractionWithPartialParts_ReadsEmptyNamesAndRoles()
    {
        var interaction = Parse<Interaction>("""{"type":2,"member":{"user":{"id":"5"}},"data":{"options":[{"type":3}]}}""");

        Assert.Equal([], interaction.Member!.Roles);
        Assert.Equal("", interaction.Member.User!.Username);
        Assert.Equal("", Assert.Single(interaction.Data!.Options!).Name);
    }

    [Fact]
    public void Parse_MessageWithPartialParts_ReadsEmptyTextAndLists()
    {
        var message = Parse<Message>("""{"id":"1","attachments":[{"id":"2"}],"embeds":[{"fields":[{}]}],"mentions":[{"id":"3"}]}""");

        Assert.Equal("", message.Content);
        Assert.Equal("", Assert.Single(message.Attachments!).Filename);
        var field = Assert.Single(Assert.Single(message.Embeds!).Fields!);
        Assert.Equal(("", ""), (field.Name, field.Value));
        Assert.Equal("", Assert.Single(message.Mentions!).Username);
    }

    [Fact]
    public void Parse_ComponentsWithOnlyTheirType_KeepTheirDefaults()
    {
        var message = Parse<Message>("""{"components":[{"type":1},{"type":1,"components":[{"type":2},{"type":3,"options":[{}]}]}]}""");

        Assert.Equal([], Assert.IsType<ActionRow>(message.Components![0]).Components);
        var row = Assert.IsType<ActionRow>(message.Components[1]);
        Assert.Equal(ButtonStyle.Secondary, Assert.IsType<Button>(row.Components[0]).Style);
        var select = Assert.IsType<StringSelect>(row.Components[1]);
        Assert.Equal("", select.CustomId);
        var option = Assert.Single(select.Options);
        Assert.Equal(("", ""), (option.Label, option.Value));
    }

    [Fact]
    public void Parse_SelectWithoutOptions_ReadsNoOptions()
    {
        var message = Parse<Message>("""{"components":[{"type":1,"components":[{"type":3,"custom_id":"pick"}]}]}""");

        var select = Assert.IsType<StringSelect>(Assert.IsType<ActionRow>(Assert.Single(message.Components!)).Components[0]);
        Assert.Equal([], select.Options);
    }

    [Fact]
    public void Parse_CommandWithPartialParts_ReadsEmptyNamesAndDescriptions()
    {
        var command = Parse<ApplicationCommand>("""{"id":"1","options":[{"type":3,"choices":[{"value":"a"}]}]}""");

        Assert.Equal(("", ""), (command.Name, command.Description));
        var option = Assert.Single(command.Options!);
        Assert.Equal(("", ""), (option.Name, option.Description));
        Assert.Equal("", Assert.Single(option.Choices!).Name);
    }

    [Fact]
    public void Parse_BodiesWithoutMessages_ReadEmptyMessagesAndMentionKinds()
    {
        Assert.Equal("", Parse<DiscordErrorBody>("""{"code":50035}""").Message);
        Assert.Equal("", Parse<RateLimitedBody>("""{"retry_after":1.5}""").Message);
        Assert.Equal([], Parse<MessageBody>("""{"allowed_mentions":{"users":["1"]}}""").AllowedMentions!.Parse);
    }

    private static T Parse<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, DiscordJson.Options) ?? throw new InvalidOperationException("Parsed to null.");
}
