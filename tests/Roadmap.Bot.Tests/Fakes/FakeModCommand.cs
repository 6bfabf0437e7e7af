using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>A <c>/mod</c> with a subcommand group (<c>/mod cohort create</c>), answering with what it was given.</summary>
internal sealed class FakeModCommand : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Slash("mod", "Moderator tools",
        new ApplicationCommandOption
        {
            Type = ApplicationCommandOptionType.SubCommandGroup,
            Name = "cohort",
            Description = "Cohorts",
            Options = [Subcommand("create", "Create a cohort", CommandBuilder.TextOption("name", "Its name", required: true)), Subcommand("archive", "Archive a cohort")],
        });

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Reply.Text($"mod {context.Options.Subcommand}: {context.Options.Text("name")}"));
    }
}
