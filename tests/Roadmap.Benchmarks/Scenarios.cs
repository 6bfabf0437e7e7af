using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Benchmarks;

/// <summary>The measured scenarios: <c>/next</c>, <c>/progress</c>, and milestone autocomplete while typing.</summary>
public static class Scenarios
{
    /// <summary>
    /// What members type into the milestone option: nothing yet (Discord asks as soon as the option is
    /// focused), id and word prefixes, and a typo that only the fuzzy match finds.
    /// </summary>
    public static IReadOnlyList<string> Typed { get; } = ["", "http", "data", "sec", "contaners"];

    public static Scenario Next { get; } = new("/next", member => Command(member, "next"), IsCard);

    /// <summary>/progress with its 12-week chart (issue 14): the card and weeks.png, drawn unless the bot's picture cache holds it.</summary>
    public static Scenario Progress { get; } = new("/progress", member => Command(member, "progress"), outcome => IsCard(outcome) && outcome.Reply?.File?.FileName == "weeks.png");

    public static Scenario Autocomplete(string typed) => new(
        $"autocomplete '{typed}'",
        member => InteractionFactory.CommandBy(member, "member", "done", InteractionFactory.Option("milestone", typed, focused: true)) with
        {
            Type = InteractionType.ApplicationCommandAutocomplete,
        },
        outcome => outcome.Choices is { Count: > 0 });

    public static IReadOnlyList<Scenario> All { get; } = [Next, Progress, .. Typed.Select(Autocomplete)];

    private static Interaction Command(ulong member, string name) => InteractionFactory.CommandBy(member, "member", name);

    /// <summary>A command answered with its card; problems and apologies come back as plain content.</summary>
    private static bool IsCard(InteractionOutcome outcome) => outcome.Reply is { Content: null, Embeds.Count: 1 };
}
