using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// A <c>/reminders</c> with subcommands (one with a ranged whole number), answering with the subcommand and
/// options it was given, for the local-mode parser. Not the real <c>/nudges</c>, which needs a database.
/// </summary>
internal sealed class FakeRemindersCommand : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Slash("reminders", "Your weekly reminder",
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
        return ValueTask.FromResult(Reply.Text($"reminders {options.Subcommand}: day={options.Text("day")} time={options.Text("time")} weeks={options.WholeNumber("weeks")}", ephemeral: true));
    }
}
