using Dapper;
using Roadmap.Bot.Persistence;
using Roadmap.Discord;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Ends the next answer a member gets, whatever the command, with one line saying their nudges paused
/// because their DMs are closed, and how to open them (after a card, as a small embed of its own): once per pause (remembered in
/// <c>nudge_settings.dms_closed_told_at</c>). Only on answers only they see, so it never shows in the channel;
/// a public answer leaves it for the next private one.
/// </summary>
internal sealed class DmsClosedNotice(SqliteConnectionFactory factory, DmsClosedMembers closed, TimeProvider time) : ICommandReplyFinisher
{
    public const string Line =
        "🔕 Your weekly nudges are paused: your direct messages are closed to me (Discord error 50007). " + NudgeReplies.HowToOpenDms + " Then run `/nudges on`.";

    public async ValueTask<Reply> FinishAsync(CommandContext context, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reply);
        // Nearly every answer has nothing to add: the set in memory says so without the database.
        var memberId = context.Caller.UserId;
        if (!reply.Ephemeral || !await closed.MayBeOwedAsync(memberId, cancellationToken))
        {
            return reply;
        }

        if (WithLine(reply) is not { } finished)
        {
            return reply; // no room in this answer: the next one carries the line
        }

        const string told = """
            UPDATE nudge_settings SET dms_closed_told_at = @Now
            WHERE member_id = @MemberId AND state = 'paused' AND pause_reason = 'dms_closed' AND dms_closed_told_at IS NULL
            """;

        // Dropped before the update, so a pause the sweep records meanwhile adds the member back.
        closed.Remove(memberId);
        int marked;
        try
        {
            var connection = await factory.OpenAsync(cancellationToken);
            await using (connection)
            {
                // The update decides: of two answers at once, only the one that marks it told carries the line.
                marked = await connection.ExecuteAsync(told, new { MemberId = memberId, Now = StoredTime.Now(time), cancellationToken });
            }
        }
        catch
        {
            closed.Add(memberId);
            throw;
        }

        if (marked == 0)
        {
            return reply;
        }

        return finished;
    }

    // Discord shows a message's text above its embeds, so after a card the line is a small embed of
    // its own, the last thing the member reads; a text answer gets it as its last line.
    private static Reply? WithLine(Reply reply)
    {
        if (reply.Embeds.Count > 0)
        {
            return reply.Embeds.Count < DiscordLimits.Embeds && TextLength(reply.Embeds) + Line.Length <= DiscordLimits.EmbedTotal
                ? reply with { Embeds = [.. reply.Embeds, new Embed { Description = Line }] }
                : null;
        }

        var content = string.IsNullOrEmpty(reply.Content) ? Line : reply.Content + "\n" + Line;
        return content.Length <= DiscordLimits.MessageContent ? reply with { Content = content } : null;
    }

    private static int TextLength(IEnumerable<Embed> embeds) => embeds.Sum(e =>
        (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text?.Length ?? 0) + (e.Author?.Name?.Length ?? 0)
        + (e.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length));
}
