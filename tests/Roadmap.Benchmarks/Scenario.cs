using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Benchmarks;

/// <summary>
/// One thing a member does, as the interaction Discord would send for a given member id, and a check
/// that the bot answered it properly rather than with an error (which would be fast and meaningless).
/// </summary>
public sealed record Scenario(string Name, Func<ulong, Interaction> Interaction, Func<InteractionOutcome, bool> IsProperAnswer)
{
    /// <summary>The p99 it must make (issue 3: 1 ms for a member's own commands; issue 12: 5 ms for boards).</summary>
    public double TargetMilliseconds { get; init; } = 1.0;

    /// <summary>Who does it: a random member of all by default; the cohort scenarios pick the cohort's members.</summary>
    public Func<Random, ulong>? Pick { get; init; }

    public override string ToString() => Name;
}
