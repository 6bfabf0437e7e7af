using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>A <c>/nudges</c> with subcommands, answering with the subcommand and options it was given.</summary>
internal sealed class FakeNudgesCommand : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Slash("nudges", "Your weekly nudge",
        Subcommand("on", "Turn it on",
            Choice("day", "Which day", false, ("Monday", "monday"), ("Friday", "friday")),
            CommandBuilder.TextOption("time", "What time, like 18:30")),
        Subcommand("off", "Turn it off"),
        Subcommand("snooze", "Pause it", WholeNumber("weeks", "How many weeks", 1, 8)),
        Subcommand("status", "Show it"));

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        return ValueTask.FromResult(Reply.Text($"nudges {options.Subcommand}: day={options.Text("day")} time={options.Text("time")} weeks={options.WholeNumber("weeks")}", ephemeral: true));
    }
}
