using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// One part of <c>/mod</c>: a subcommand group (<c>cohort</c>, <c>challenge</c>, <c>config</c>) or a
/// subcommand (<c>leaderboard</c>). <see cref="ModCommand"/> checks the caller may moderate before
/// any part sees the call, so a part only does its own work.
/// </summary>
internal interface IModeratorCommands
{
    /// <summary>The group or subcommand, as it sits under <c>/mod</c>.</summary>
    ApplicationCommandOption Definition { get; }

    /// <param name="context">The call; <c>context.Options.Subcommand</c> is the path under <c>/mod</c>, such as "cohort create".</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken);

    /// <summary>Choices for the focused option; only ever asked with the caller's server and after the gate.</summary>
    ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken);
}
