using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>A top-level slash command: its definition (Discord's JSON) and the handler that returns a reply.</summary>
public interface ISlashCommand
{
    ApplicationCommand Definition { get; }

    ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
