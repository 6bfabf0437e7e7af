using System.Text.Json;
using Roadmap.Bot.Hosting.LocalMode;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Tests.Hosting.LocalMode;

public sealed class CommandLineParserTests
{
    private static readonly LocalMember Ada = new(77, "Ada");

    private static LocalParseResult Parse(string line) =>
        new CommandLineParser(LocalModeRouter.Create().Definitions, new LocalInteractions(Ada)).Parse(line);

    private static string OptionsJson(string line) =>
        JsonSerializer.Serialize(Parse(line).Interaction?.Data?.Options, DiscordJson.Options);

    private static string Problem(string line) => Parse(line).Problem ?? "(parsed)";

    [Fact]
    public void Parse_Command_IsAnApplicationCommandFromTheLocalMemberInTheLocalServer_WithManageServer()
    {
        var interaction = Parse("/step milestone:http-basics").Interaction;

        Assert.Equal(InteractionType.ApplicationCommand, interaction?.Type);
        Assert.Equal("step", interaction?.Data?.Name);
        Assert.Equal(77ul, interaction?.Invoker?.Id);
        Assert.Equal("Ada", interaction?.Invoker?.DisplayName);
        Assert.Equal(LocalMember.ServerId, interaction?.GuildId);
        Assert.Equal(LocalMember.Permissions, interaction?.Member?.Permissions);
    }

    [Fact]
    public void Parse_TypedOptions_SendsEachAsItsJsonKind()
    {
        var json = OptionsJson("/log topic:http hours:3 pace:2.5 public:true");

        Assert.Equal("""[{"name":"topic","type":3,"value":"http"},{"name":"hours","type":4,"value":3},{"name":"pace","type":10,"value":2.5},{"name":"public","type":5,"value":true}]""", json);
    }

    [Fact]
    public void Parse_QuotedValue_KeepsSpacesAndEscapedQuotes()
    {
        var option = Assert.Single(Parse("""/log topic:"read \"RFC 9110\" twice" """).Interaction?.Data?.Options ?? []);

        Assert.Equal("read \"RFC 9110\" twice", option.Value?.GetString());
    }

    [Fact]
    public void Parse_BackslashNotBeforeAQuote_IsKept()
    {
        var option = Assert.Single(Parse("""/log topic:"C:\notes\\http" """).Interaction?.Data?.Options ?? []);

        Assert.Equal("C:\\notes\\http", option.Value?.GetString());
    }

    [Fact]
    public void Parse_ValueWithColons_KeepsEverythingAfterTheFirstColon()
    {
        var json = OptionsJson("/reminders on day:monday time:18:30");

        Assert.Equal("""[{"name":"on","type":1,"options":[{"name":"day","type":3,"value":"monday"},{"name":"time","type":3,"value":"18:30"}]}]""", json);
    }

    [Fact]
    public void Parse_SubcommandWithoutOptions_SendsTheSubcommandAlone()
    {
        Assert.Equal("""[{"name":"export","type":1,"options":[]}]""", OptionsJson("/privacy export"));
    }

    [Fact]
    public void Parse_GroupAndSubcommand_NestsTheOptionsTwice()
    {
        var json = OptionsJson("""/mod cohort create name:"Spring 2026" """);

        Assert.Equal("""[{"name":"cohort","type":2,"options":[{"name":"create","type":1,"options":[{"name":"name","type":3,"value":"Spring 2026"}]}]}]""", json);
    }

    [Theory]
    [InlineData("me")]
    [InlineData("@me")]
    [InlineData("@Ada")]
    [InlineData("<@77>")]
    [InlineData("77")]
    public void Parse_MemberOption_NamesTheLocalMemberAndResolvesThem(string typed)
    {
        var interaction = Parse($"/log topic:x member:{typed}").Interaction;

        Assert.Equal("""[{"name":"topic","type":3,"value":"x"},{"name":"member","type":6,"value":"77"}]""", JsonSerializer.Serialize(interaction?.Data?.Options, DiscordJson.Options));
        Assert.Equal("Ada", interaction?.Data?.Resolved?.Users?["77"].DisplayName);
    }

    [Theory]
    [InlineData("/log topic:x hours:three", "`hours` must be a whole number, like `hours:1`; `three` is not.")]
    [InlineData("/log topic:x hours:2.5", "`hours` must be a whole number, like `hours:1`; `2.5` is not.")]
    [InlineData("/log topic:x pace:fast", "`pace` must be a number, like `pace:0.5`; `fast` is not.")]
    [InlineData("/log topic:x public:maybe", "`public` must be true or false, like `public:true`; `maybe` is not.")]
    [InlineData("/log topic:x member:grace", "`member` must name a member. In local mode you are the only one: type `member:me`, or a numeric user id.")]
    [InlineData("/log topic:", "`topic` needs a value right after the colon, with no space in between, like `topic:\"some text\"`.")]
    public void Parse_ValueOfTheWrongType_SaysWhatToType(string line, string problem)
    {
        Assert.Equal(problem, Problem(line));
    }

    [Fact]
    public void Parse_UnknownCommand_SuggestsTheClosestAndPointsToHelp()
    {
        Assert.Equal("I don't know `/remindres`. Did you mean `/reminders`? Type `/help` to see every command.", Problem("/remindres on"));
    }

    [Fact]
    public void Parse_UnknownCommandWithNothingClose_PointsToHelp()
    {
        Assert.Equal("I don't know `/weather`. Type `/help` to see every command.", Problem("/weather"));
    }

    [Fact]
    public void Parse_UnknownOption_SuggestsTheClosestAndListsTheOptions()
    {
        Assert.Equal(
            "`/log` has no option `huors`. Did you mean `hours`? Its options are: `topic`, `hours`, `pace`, `public`, `member`.",
            Problem("/log topic:x huors:2"));
    }

    [Fact]
    public void Parse_OptionOfASubcommand_IsCheckedAgainstThatSubcommand()
    {
        Assert.Equal("`/reminders snooze` has no option `day`. Its options are: `weeks`.", Problem("/reminders snooze day:monday"));
    }

    [Fact]
    public void Parse_UnknownSubcommand_SuggestsTheClosest()
    {
        Assert.Equal("`/reminders` has no `of`. Did you mean `/reminders off`? It takes one of: `on`, `off`, `snooze`, `status`.", Problem("/reminders of"));
    }

    [Fact]
    public void Parse_MissingSubcommand_SaysWhichOnesExist()
    {
        Assert.Equal("`/reminders` needs one of: `on`, `off`, `snooze`, `status`. For example: `/reminders on`.", Problem("/reminders day:monday"));
    }

    [Fact]
    public void Parse_UnclosedQuote_SaysHowToCloseIt()
    {
        Assert.Equal(
            "The double quote in `note:\"read the RFC` is never closed. End the value with another `\"`, and write a quote inside it as `\\\"`.",
            Problem("/log topic:x note:\"read the RFC"));
    }

    [Fact]
    public void Parse_ValueWithSpacesWithoutQuotes_AsksForQuotes()
    {
        Assert.Equal(
            "I don't know what `the` is for. Write options as `name:value` and put a value with spaces in double quotes, like `topic:\"two words\"`. The options of `/log` are: `topic`, `hours`, `pace`, `public`, `member`.",
            Problem("/log topic:read the RFC"));
    }

    [Fact]
    public void Parse_OptionNameWithoutValue_AsksForTheColon()
    {
        Assert.Equal("`topic` needs a value: write it as `topic:value`, with no space after the colon.", Problem("/log topic http"));
    }

    [Fact]
    public void Parse_SameOptionTwice_IsRefused()
    {
        Assert.Equal("You gave `hours` twice; give each option once.", Problem("/log topic:x hours:1 hours:2"));
    }

    [Theory]
    [InlineData("log topic:x", "Commands start with `/`. Did you mean `/log`? To pick a numbered action, type its number alone.")]
    [InlineData("hello there", "Commands start with `/`. For example `/next` or `/help`. To pick a numbered action, type its number alone.")]
    [InlineData("/", "Type a command name right after the `/`, like `/next` or `/help`.")]
    public void Parse_LineThatIsNotACommand_SaysHowCommandsLook(string line, string problem)
    {
        Assert.Equal(problem, Problem(line));
    }
}
