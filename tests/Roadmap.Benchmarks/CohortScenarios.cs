using System.Globalization;
using Roadmap.Benchmarks.Data;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Benchmarks;

/// <summary>
/// Issue 12's board scenarios on the big cohort (<see cref="CohortShape"/>: 5,000 members of the
/// 100,000): <c>/mod leaderboard</c> over each period, <c>/cohort status</c> and <c>/challenge board</c>
/// by the cohort's own members. Each must make 5 ms at p99.
/// </summary>
public static class CohortScenarios
{
    public const double TargetMilliseconds = 5.0;

    private static readonly string Cohort = CohortShape.BigCohortId.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<Scenario> All { get; } =
    [
        Leaderboard("week"),
        Leaderboard("month"),
        Leaderboard("all"),
        new("/cohort status", member => Member(member, "cohort", "status", InteractionFactory.Option("cohort", Cohort)), IsCard("You: "))
        {
            TargetMilliseconds = TargetMilliseconds,
            Pick = BigCohortMember,
        },
        new("/challenge board", member => Member(member, "challenge", "board", InteractionFactory.Option("challenge", CohortShape.BoardChallengeId.ToString(CultureInfo.InvariantCulture))), IsCard("1. <@"))
        {
            TargetMilliseconds = TargetMilliseconds,
            Pick = BigCohortMember,
        },
    ];

    private static Scenario Leaderboard(string period) => new(
        $"/mod leaderboard {period}",
        member => Moderator(Member(member, "mod", "leaderboard", InteractionFactory.Option("cohort", Cohort), InteractionFactory.Option("period", period))),
        IsCard("1. <@"))
    {
        TargetMilliseconds = TargetMilliseconds,
    };

    /// <summary>The caller has Manage Server, as a moderator does.</summary>
    private static Interaction Moderator(Interaction call) => call with { Member = call.Member! with { Permissions = "32" } };

    private static ulong BigCohortMember(Random random) => CohortShape.BigCohortMember(random.Next(CohortShape.BigCohortSize));

    private static Interaction Member(ulong member, string command, string subcommand, params InteractionDataOption[] options) =>
        InteractionFactory.CommandBy(member, "member", command, InteractionFactory.Sub(subcommand, options));

    /// <summary>One card that says what a proper answer says (a board with someone on it, a place), not a refusal.</summary>
    private static Func<InteractionOutcome, bool> IsCard(string says) =>
        outcome => outcome.Reply is { Content: null, Embeds: [{ Description: { } text }] } && text.Contains(says, StringComparison.Ordinal);
}
