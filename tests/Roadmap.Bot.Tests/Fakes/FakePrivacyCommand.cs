using System.Text;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using static Roadmap.Discord.Interactions.CommandBuilder;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>A <c>/privacy</c> whose export answers with a JSON file, as the real one does.</summary>
internal sealed class FakePrivacyCommand : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Slash("privacy", "Your data",
        Subcommand("export", "Download your data"),
        Subcommand("forget", "Erase your data"));

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Options.Subcommand == "forget")
        {
            return ValueTask.FromResult(Reply.Text("Forgotten.", ephemeral: true));
        }

        var json = $$"""{"member":"{{context.Caller.UserId}}"}""";
        return ValueTask.FromResult(new Reply
        {
            Content = "Here is everything the bot keeps about you.",
            Ephemeral = true,
            File = new ReplyFile($"roadmap-export-{context.Caller.UserId}.json", Encoding.UTF8.GetBytes(json), "your data"),
        });
    }
}
