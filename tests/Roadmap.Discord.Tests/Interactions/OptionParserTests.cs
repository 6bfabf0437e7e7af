using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Discord.Tests.Interactions;

public sealed class OptionParserTests
{
    private static readonly ApplicationCommand Done = Slash("done", "Mark a milestone done",
        TextOption("milestone", "The milestone you finished", required: true, autocomplete: true),
        TextOption("note", "A short note", maxLength: 500));

    private static readonly ApplicationCommand Profile = Slash("profile", "Show or change your settings",
        WholeNumber("weekly_hours", "Hours a week", 1, 80),
        Choice("visibility", "Who sees your progress", false, ("Only me", "private"), ("Everyone", "public")),
        Flag("reset", "Start over"));

    private static readonly ApplicationCommand Nudges = Slash("nudges", "Weekly nudge",
        Subcommand("on", "Turn it on", WholeNumber("weeks", "Weeks", 1, 12)),
        Subcommand("off", "Turn it off"));

    [Fact]
    public void Parse_RequiredAndOptionalText_ReadsBoth()
    {
        var result = OptionParser.Parse(Done, [Option("milestone", "http-basics"), Option("note", "read the RFC")]);

        Assert.Equal("http-basics", result.Options?.Text("milestone"));
        Assert.Equal("read the RFC", result.Options?.Text("note"));
    }

    [Fact]
    public void Parse_MissingRequired_SaysWhatToType()
    {
        var result = OptionParser.Parse(Done, []);

        Assert.Equal("`/done` needs `milestone`: The milestone you finished. For example: `/done milestone:...`", result.Error);
    }

    [Fact]
    public void Parse_UnknownOption_ListsTheKnownOnes()
    {
        var result = OptionParser.Parse(Done, [Option("milestone", "x"), Option("colour", "red")]);

        Assert.Equal("`/done` has no option `colour`. Its options are: `milestone`, `note`.", result.Error);
    }

    [Fact]
    public void Parse_TextOverMaxLength_IsRefusedWithTheCount()
    {
        var result = OptionParser.Parse(Done, [Option("milestone", "x"), Option("note", new string('n', 501))]);

        Assert.Equal("`note` can be at most 500 characters; yours has 501.", result.Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(81)]
    public void Parse_WholeNumberOutOfRange_GivesTheRange(long hours)
    {
        var result = OptionParser.Parse(Profile, [Option("weekly_hours", hours, ApplicationCommandOptionType.Integer)]);

        Assert.Equal("`weekly_hours` must be a whole number from 1 to 80.", result.Error);
    }

    [Fact]
    public void Parse_WrongType_IsRefused()
    {
        var result = OptionParser.Parse(Profile, [Option("weekly_hours", "ten", ApplicationCommandOptionType.Integer)]);

        Assert.Equal("`weekly_hours` must be a whole number from 1 to 80.", result.Error);
    }

    [Fact]
    public void Parse_ValueNotAChoice_ListsTheChoices()
    {
        var result = OptionParser.Parse(Profile, [Option("visibility", "friends")]);

        Assert.Equal("`visibility` must be one of: `private`, `public`.", result.Error);
    }

    [Fact]
    public void Parse_TypedValues_AreReadBack()
    {
        var result = OptionParser.Parse(Profile, [Option("weekly_hours", 12, ApplicationCommandOptionType.Integer), Option("reset", true, ApplicationCommandOptionType.Boolean)]);

        Assert.Equal(12, result.Options?.WholeNumber("weekly_hours"));
        Assert.True(result.Options?.Flag("reset"));
        Assert.Null(result.Options?.Text("visibility"));
    }

    [Fact]
    public void Parse_Subcommand_ReadsItsOptions()
    {
        var result = OptionParser.Parse(Nudges, [Sub("on", Option("weeks", 3, ApplicationCommandOptionType.Integer))]);

        Assert.Equal("on", result.Options?.Subcommand);
        Assert.Equal(3, result.Options?.WholeNumber("weeks"));
    }

    [Fact]
    public void Parse_MissingSubcommand_NamesTheChoices()
    {
        var result = OptionParser.Parse(Nudges, []);

        Assert.Equal("`/nudges` needs one of: `on`, `off`. For example: `/nudges on`.", result.Error);
    }

    [Fact]
    public void Parse_Autocomplete_ReturnsTheFocusedTextWithoutRequiringOthers()
    {
        var result = OptionParser.Parse(Done, [Option("milestone", "htt", focused: true)], isAutocomplete: true);

        Assert.Equal("milestone", result.Options?.Focused);
        Assert.Equal("htt", result.Options?.FocusedText);
    }
}
