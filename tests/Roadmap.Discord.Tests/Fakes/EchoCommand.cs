using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Discord.Tests.Fakes;

/// <summary>A command for router tests: echoes its option, autocompletes from a list, answers its own buttons, or throws.</summary>
public sealed class EchoCommand(IReadOnlyList<string>? suggestions = null) : ISlashCommand, IAutocompleteSource, IComponentHandler
{
    public ApplicationCommand Definition { get; } = Slash("echo", "Say it back", TextOption("text", "What to say", required: true, autocomplete: true), Flag("fail", "Throw instead"));

    public string ComponentName => "echo";

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Options.Flag("fail") == true)
        {
            throw new InvalidOperationException("The database is on fire.");
        }

        return ValueTask.FromResult(Reply.Text($"{context.Caller.DisplayName} said {context.Options.Text("text")}"));
    }

    public ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<ApplicationCommandOptionChoice> choices = (suggestions ?? [])
            .Where(s => s.StartsWith(context.Options.FocusedText, StringComparison.Ordinal))
            .Select(s => ApplicationCommandOptionChoice.FromString(s, s))
            .ToList();
        return ValueTask.FromResult(choices);
    }

    public ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var picked = context.Values.Count > 0 ? string.Join(",", context.Values) : context.Id.Argument(0);
        return ValueTask.FromResult(Reply.Text($"{context.Caller.DisplayName} clicked {context.Id.Action} {picked}") with { UpdatesMessage = true });
    }
}
