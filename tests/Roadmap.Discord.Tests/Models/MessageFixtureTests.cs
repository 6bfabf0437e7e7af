using System.Text.Json;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Tests.Models;

public sealed class MessageFixtureTests
{
    [Fact]
    public void Parse_MessageFixture_ReadsAuthorContentAndIgnoresReactions()
    {
        var message = Fixture.Parse<Message>("messages/message.json");

        Assert.Equal(334385199974967042UL, message.Id);
        Assert.Equal(290926798999357250UL, message.ChannelId);
        Assert.Equal("Supa Hot", message.Content);
        Assert.Equal("Mason", message.Author?.Username);
        Assert.Null(message.EditedTimestamp);
        Assert.Equal(0, message.Type);
    }

    [Fact]
    public void Parse_StringSelectMessageFixture_ReadsActionRowWithSelect()
    {
        var body = Fixture.Parse<MessageBody>("messages/string-select-message.json");

        Assert.Equal(MessageFlags.IsComponentsV2, body.Flags);
        var row = Assert.IsType<ActionRow>(Assert.Single(body.Components!));
        Assert.Equal(1, row.Id);
        var select = Assert.IsType<StringSelect>(Assert.Single(row.Components));
        Assert.Equal("favorite_bug", select.CustomId);
        Assert.Equal("Favorite bug?", select.Placeholder);
        Assert.Equal(["ant", "butterfly", "caterpillar"], select.Options.Select(o => o.Value));
        Assert.Equal("\U0001F41C", select.Options[0].Emoji?.Name);
    }

    [Fact]
    public void Parse_CreateMessageBodyFixture_ReadsEmbed()
    {
        var body = Fixture.Parse<MessageBody>("messages/create-message-body.json");

        Assert.Equal("Hello, World!", body.Content);
        Assert.False(body.Tts);
        var embed = Assert.Single(body.Embeds!);
        Assert.Equal("Hello, Embed!", embed.Title);
        Assert.Equal("This is an embedded message.", embed.Description);
    }

    [Fact]
    public void Parse_ComponentTypeNotModelled_KeepsRawJsonAndWritesItBack()
    {
        const string json = """{"content":"x","components":[{"id":7,"content":"Hello","type":10}]}""";

        var body = JsonSerializer.Deserialize<MessageBody>(json, DiscordJson.Options)!;
        var written = JsonSerializer.Serialize(body, DiscordJson.Options);

        var unknown = Assert.IsType<UnknownComponent>(Assert.Single(body.Components!));
        Assert.Equal(10, unknown.RawType);
        Assert.Contains("""{"id":7,"content":"Hello","type":10}""", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TypeAfterOtherFields_StillPicksTheComponentRecord()
    {
        const string json = """{"components":[{"components":[{"custom_id":"go","style":1,"label":"Go","type":2}],"type":1}]}""";

        var body = JsonSerializer.Deserialize<MessageBody>(json, DiscordJson.Options)!;

        var row = Assert.IsType<ActionRow>(Assert.Single(body.Components!));
        var button = Assert.IsType<Button>(Assert.Single(row.Components));
        Assert.Equal(ButtonStyle.Primary, button.Style);
        Assert.Equal("go", button.CustomId);
    }

    [Fact]
    public void Serialize_NewMessageBody_SendsAllowedMentionsThatPingNobody()
    {
        var json = JsonSerializer.Serialize(new MessageBody { Content = "@everyone hi" }, DiscordJson.Options);

        Assert.Equal("""{"content":"@everyone hi","allowed_mentions":{"parse":[]}}""", json);
    }
}
