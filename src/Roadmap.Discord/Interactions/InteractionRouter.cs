using Microsoft.Extensions.Logging;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>
/// Maps an interaction to its handler: commands by name, autocomplete to the command's source,
/// component clicks and submitted modals by the handler named in their custom id. Handler faults are caught here, logged
/// with a reference, and answered with a short apology that the user can quote to an operator.
/// </summary>
public sealed partial class InteractionRouter
{
    private readonly Dictionary<string, ISlashCommand> _commands;
    private readonly Dictionary<string, IComponentHandler> _components;
    private readonly Dictionary<string, IModalHandler> _modals;
    private readonly ILogger<InteractionRouter> _logger;
    private readonly IReadOnlyList<ICommandReplyFinisher> _finishers;

    public InteractionRouter(IEnumerable<ISlashCommand> commands, IEnumerable<IComponentHandler> components, ILogger<InteractionRouter> logger, IEnumerable<ICommandReplyFinisher>? finishers = null, IEnumerable<IModalHandler>? modals = null)
    {
        _modals = (modals ?? []).ToDictionary(m => m.ModalName, StringComparer.Ordinal);
        _finishers = finishers?.ToList() ?? [];
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(components);
        _commands = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);
        _components = components.ToDictionary(c => c.ComponentName, StringComparer.Ordinal);
        _logger = logger;
        Definitions = _commands.Values.Select(c => c.Definition).ToList();
    }

    /// <summary>Every command definition, in registration order: the single source for Discord, /help and local mode.</summary>
    public IReadOnlyList<ApplicationCommand> Definitions { get; }

    public async ValueTask<InteractionOutcome> RouteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Type == InteractionType.Ping)
        {
            return InteractionOutcome.Pong;
        }

        try
        {
            return interaction.Type switch
            {
                InteractionType.ApplicationCommand => new(await CommandAsync(interaction, cancellationToken).ConfigureAwait(false), null),
                InteractionType.ApplicationCommandAutocomplete => new(null, await AutocompleteAsync(interaction, cancellationToken).ConfigureAwait(false)),
                InteractionType.MessageComponent => new(await ComponentAsync(interaction, cancellationToken).ConfigureAwait(false), null),
                InteractionType.ModalSubmit => new(WithoutModal(await ModalAsync(interaction, cancellationToken).ConfigureAwait(false)), null),
                _ => new(Reply.Problem("I can't handle that kind of interaction yet."), null),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reference = ErrorReference.New();
            LogHandlerFailed(ex, reference, interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId, interaction.Id);
            return interaction.Type == InteractionType.ApplicationCommandAutocomplete
                ? new(null, [])
                : new(Reply.Problem($"Sorry, something went wrong on our side. Please try again in a moment; if it keeps happening, give a moderator this reference: `{reference}`."), null);
        }
    }

    private async ValueTask<Reply> CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!TryFindCommand(interaction, out var command, out var reply))
        {
            return reply;
        }

        var parsed = OptionParser.Parse(command.Definition, interaction.Data?.Options);
        if (parsed.Options is null)
        {
            return Reply.Problem(parsed.Error!);
        }

        var context = new CommandContext(interaction, Caller.From(interaction), parsed.Options);
        var answer = await command.HandleAsync(context, cancellationToken).ConfigureAwait(false);
        foreach (var finisher in _finishers)
        {
            answer = await finisher.FinishAsync(context, answer, cancellationToken).ConfigureAwait(false);
        }

        return answer;
    }

    private async ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!TryFindCommand(interaction, out var command, out _) || command is not IAutocompleteSource source)
        {
            return [];
        }

        var parsed = OptionParser.Parse(command.Definition, interaction.Data?.Options, isAutocomplete: true);
        if (parsed.Options is null)
        {
            return [];
        }

        var choices = await source.AutocompleteAsync(new CommandContext(interaction, Caller.From(interaction), parsed.Options), cancellationToken).ConfigureAwait(false);
        return choices.Count > DiscordLimits.ChoiceCount ? choices.Take(DiscordLimits.ChoiceCount).ToList() : choices;
    }

    private async ValueTask<Reply> ComponentAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!CustomId.TryParse(interaction.Data?.CustomId, out var id) || !_components.TryGetValue(id.Handler, out var handler))
        {
            return Reply.Problem("This button comes from an older version of the bot and no longer works. Run the command again for a fresh one.");
        }

        var context = new ComponentContext(interaction, Caller.From(interaction), id, interaction.Data?.Values ?? []);
        return await handler.HandleComponentAsync(context, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Reply> ModalAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!CustomId.TryParse(interaction.Data?.CustomId, out var id) || !_modals.TryGetValue(id.Handler, out var handler))
        {
            return Reply.Problem("This form comes from an older version of the bot and no longer works. Run the command again instead.");
        }

        var context = new ModalContext(interaction, Caller.From(interaction), id, ModalContext.ReadFields(interaction.Data?.Components));
        return await handler.HandleModalAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Discord refuses a modal in answer to a modal: a handler that asks for one gets its fallback text instead.</summary>
    private static Reply WithoutModal(Reply reply) => reply.Modal is null ? reply : reply with { Modal = null };

    private bool TryFindCommand(Interaction interaction, out ISlashCommand command, out Reply problem)
    {
        var name = interaction.Data?.Name ?? "";
        if (_commands.TryGetValue(name, out command!))
        {
            problem = null!;
            return true;
        }

        problem = Reply.Problem($"I don't know `/{name}`; it may have been removed. Type `/help` to see what I can do.");
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler failed with reference {Reference} for {InteractionType} {Name} (interaction {InteractionId})")]
    private partial void LogHandlerFailed(Exception exception, string reference, InteractionType interactionType, string? name, ulong interactionId);
}
