using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Benchmarks;

/// <summary>
/// One thing a member does, as the interaction Discord would send for a given member id, and a check
/// that the bot answered it properly rather than with an error (which would be fast and meaningless).
/// </summary>
public sealed record Scenario(string Name, Func<ulong, Interaction> Interaction, Func<InteractionOutcome, bool> IsProperAnswer)
{
    public override string ToString() => Name;
}
