namespace Roadmap.Discord.Interactions;

/// <summary>
/// Runs after every slash command's handler and may add to its reply: something the product owes the
/// member whatever command they used (such as "your nudges are paused because DMs are closed").
/// </summary>
public interface ICommandReplyFinisher
{
    ValueTask<Reply> FinishAsync(CommandContext context, Reply reply, CancellationToken cancellationToken);
}
