using Roadmap.Discord.Interactions;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Discord.Tests.Interactions;

public sealed class CommandDefinitionRulesTests
{
    [Fact]
    public void Check_ValidCommand_HasNoProblems()
    {
        var command = Slash("done", "Mark a milestone done", TextOption("milestone", "Which one", required: true, autocomplete: true), TextOption("note", "A note"));

        Assert.Empty(CommandDefinitionRules.Check([command]));
    }

    [Theory]
    [InlineData("Done", "/Done: the name must be 1 to 32 lowercase letters, digits, '-', '_' or apostrophes.")]
    [InlineData("has space", "/has space: the name must be 1 to 32 lowercase letters, digits, '-', '_' or apostrophes.")]
    [InlineData("a-name-that-is-far-too-long-for-discord", "/a-name-that-is-far-too-long-for-discord: the name must be 1 to 32 lowercase letters, digits, '-', '_' or apostrophes.")]
    public void Check_BadName_IsReported(string name, string expected)
    {
        Assert.Contains(expected, CommandDefinitionRules.Check([Slash(name, "ok")]));
    }

    [Fact]
    public void Check_DescriptionTooLong_IsReported()
    {
        Assert.Contains("/x: the description must be 1 to 100 characters, not 101.", CommandDefinitionRules.Check([Slash("x", new string('d', 101))]));
    }

    [Fact]
    public void Check_RequiredAfterOptional_IsReported()
    {
        var command = Slash("x", "ok", TextOption("a", "optional"), TextOption("b", "required", required: true));

        Assert.Contains("/x b: required options must come before optional ones.", CommandDefinitionRules.Check([command]));
    }

    [Fact]
    public void Check_TooManyOptionsAndChoices_AreReported()
    {
        var options = Enumerable.Range(0, 26).Select(i => TextOption($"o{i}", "option")).ToArray();
        var choices = Enumerable.Range(0, 26).Select(i => ($"c{i}", $"v{i}")).ToArray();

        var problems = CommandDefinitionRules.Check([Slash("x", "ok", options), Slash("y", "ok", Choice("pick", "one", false, choices))]);

        Assert.Contains("/x: 26 options; Discord allows 25.", problems);
        Assert.Contains("/y pick: 26 choices; Discord allows 25.", problems);
    }

    [Fact]
    public void Check_ChoicesWithAutocomplete_IsReported()
    {
        var option = Choice("pick", "one", false, ("a", "a")) with { Autocomplete = true };

        Assert.Contains("/x pick: an option cannot have both choices and autocomplete.", CommandDefinitionRules.Check([Slash("x", "ok", option)]));
    }

    [Fact]
    public void Check_Over8000Characters_IsReported()
    {
        var options = Enumerable.Range(0, 25).Select(i => Choice($"o{i}", new string('d', 100), false, Enumerable.Range(0, 25).Select(j => ($"{new string('n', 10)}{j}", "v")).ToArray())).ToArray();

        var problems = CommandDefinitionRules.Check([Slash("big", "ok", options)]);

        Assert.Contains(problems, p => p.StartsWith("/big: ", StringComparison.Ordinal) && p.EndsWith("Discord allows 8000.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DuplicateCommandAndOptionNames_AreReported()
    {
        var problems = CommandDefinitionRules.Check([Slash("x", "ok", TextOption("a", "one"), TextOption("a", "two")), Slash("x", "again")]);

        Assert.Contains("/x is defined 2 times.", problems);
        Assert.Contains("/x: the option name `a` is used twice.", problems);
    }

    [Fact]
    public void Check_SubcommandBesidePlainOption_IsReported()
    {
        var command = Slash("x", "ok", Subcommand("on", "turn on"), TextOption("a", "plain"));

        Assert.Contains("/x: subcommands cannot sit beside plain options.", CommandDefinitionRules.Check([command]));
    }

    [Fact]
    public void Check_PermissionsNotADecimalString_IsReported()
    {
        var command = Slash("mod", "ok") with { DefaultMemberPermissions = "manage" };

        Assert.Contains("/mod: default_member_permissions must be a permission bit set written as a decimal string.", CommandDefinitionRules.Check([command]));
    }
}
