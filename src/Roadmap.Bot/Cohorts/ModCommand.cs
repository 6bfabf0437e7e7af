using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod</c>: every moderator command, in one top-level command that Discord shows only to members
/// with Manage Server by default. That is only a default a server's admins can widen, so every call and
/// every autocomplete goes through <see cref="ModeratorGate"/> first, and the parts never see a caller
/// who may not moderate.
/// </summary>
internal sealed class ModCommand : ISlashCommand, IAutocompleteSource
{
    private readonly IReadOnlyList<IModeratorCommands> _parts;
    private readonly ModeratorGate _gate;

    public ModCommand(IEnumerable<IModeratorCommands> parts, ModeratorGate gate)
    {
        _parts = parts.ToList();
        _gate = gate;
        Definition = Slash("mod", "Moderators: run cohorts and challenges, see the leaderboard, set the server up", [.. _parts.Select(p => p.Definition)]) with
        {
            DefaultMemberPermissions = ModeratorGate.DefaultPermissions,
            Contexts = GuildOnly,
        };
    }

    public ApplicationCommand Definition { get; }

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await _gate.RefusalAsync(context.Caller, cancellationToken) is { } refusal)
        {
            return Reply.Problem(refusal);
        }

        return Part(context) is { } part
            ? await part.HandleAsync(context, cancellationToken)
            : Reply.Problem("That `/mod` command is not one I know. Type `/mod` and pick one from the list.");
    }

    public async ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await _gate.RefusalAsync(context.Caller, cancellationToken) is not null || Part(context) is not { } part)
        {
            return [];
        }

        return await part.AutocompleteAsync(context, cancellationToken);
    }

    private IModeratorCommands? Part(CommandContext context)
    {
        var first = context.Options.Subcommand?.Split(' ')[0];
        return _parts.FirstOrDefault(p => p.Definition.Name == first);
    }
}
