using Roadmap.Discord.Models;

namespace Roadmap.Discord.Tests.Models;

public sealed class OtherFixtureTests
{
    [Fact]
    public void Parse_UserFixture_ReadsKnownFieldsAndSkipsTheRest()
    {
        var user = Fixture.Parse<User>("users/user.json");

        Assert.Equal(80351110224678912UL, user.Id);
        Assert.Equal("Nelly", user.Username);
        Assert.Null(user.GlobalName);
        Assert.Equal("Nelly", user.DisplayName);
        Assert.Equal(64, user.PublicFlags);
    }

    [Fact]
    public void Parse_DmChannelFixture_ReadsRecipient()
    {
        var channel = Fixture.Parse<Channel>("channels/dm-channel.json");

        Assert.Equal(319674150115610528UL, channel.Id);
        Assert.Equal(1, channel.Type);
        Assert.Equal(3343820033257021450UL, channel.LastMessageId);
        Assert.Equal(82198898841029460UL, Assert.Single(channel.Recipients!).Id);
    }

    [Fact]
    public void Parse_CommandWithChoicesFixture_ReadsOptionsAndChoices()
    {
        var command = Fixture.Parse<ApplicationCommand>("commands/command-with-choices.json");

        Assert.Equal("blep", command.Name);
        Assert.Equal(ApplicationCommandType.ChatInput, command.Type);
        Assert.Equal(2, command.Options!.Count);
        Assert.True(command.Options[0].Required);
        Assert.Equal(["animal_dog", "animal_cat", "animal_penguin"], command.Options[0].Choices!.Select(c => c.Value.GetString()));
        Assert.Equal(ApplicationCommandOptionType.Boolean, command.Options[1].Type);
    }

    [Fact]
    public void Parse_LocalizedCommandFixture_ReadsLocalizations()
    {
        var command = Fixture.Parse<ApplicationCommand>("commands/localized-command.json");

        Assert.Equal("\u751f\u65e5", command.NameLocalizations!["zh-CN"]);
        Assert.Equal("\u5c81\u6570", command.Options![0].NameLocalizations!["zh-CN"]);
        Assert.Equal(ApplicationCommandOptionType.Integer, command.Options[0].Type);
    }

    [Fact]
    public void Parse_AdminOnlyCommandFixture_KeepsPermissionsAsString()
    {
        var command = Fixture.Parse<ApplicationCommand>("commands/admin-only-command.json");

        Assert.Equal("0", command.DefaultMemberPermissions);
    }

    [Theory]
    [InlineData("errors/array-error.json", "activities.0.platform|BASE_TYPE_CHOICES;activities.0.type|BASE_TYPE_CHOICES")]
    [InlineData("errors/object-error.json", "access_token|BASE_TYPE_REQUIRED")]
    [InlineData("errors/request-error.json", "|APPLICATION_COMMAND_TOO_LARGE")]
    public void Parse_ErrorFixture_FlattensTheErrorTree(string fixture, string expected)
    {
        var error = Fixture.Parse<DiscordErrorBody>(fixture);

        var leaves = ErrorTree.Flatten(error.Errors).Select(e => $"{e.Path}|{e.Code}");

        Assert.Equal(50035, error.Code);
        Assert.Equal("Invalid Form Body", error.Message);
        Assert.Equal(expected.Split(';'), leaves);
    }
}
