using Dapper;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Nudges;

/// <summary>
/// Ends the next answer a member gets, whatever the command, with one line saying their nudges paused
/// because their DMs are closed, and how to open them: once per pause (remembered in
/// <c>nudge_settings.dms_closed_told_at</c>). Only on answers only they see, so it never shows in the channel;
/// a public answer leaves it for the next private one.
/// </summary>
internal sealed class DmsClosedNotice(SqliteConnectionFactory factory, TimeProvider time) : ICommandReplyFinisher
{
    public const string Line =
        "🔕 Your weekly nudges are paused: your direct messages are closed to me (Discord error 50007). " + NudgeReplies.HowToOpenDms + " Then run `/nudges on`.";

    public async ValueTask<Reply> FinishAsync(CommandContext context, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.Ephemeral)
        {
            return reply;
        }

        // A read first: nearly every answer has nothing to add, and a read takes no write lock.
        const string owed = """
            SELECT count(*) FROM nudge_settings
            WHERE member_id = @MemberId AND state = 'paused' AND pause_reason = 'dms_closed' AND dms_closed_told_at IS NULL
            """;
        const string told = """
            UPDATE nudge_settings SET dms_closed_told_at = @Now
            WHERE member_id = @MemberId AND state = 'paused' AND pause_reason = 'dms_closed' AND dms_closed_told_at IS NULL
            """;
        var memberId = context.Caller.UserId;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            if (await connection.QuerySingleAsync<int>(owed, new { MemberId = memberId, cancellationToken }) == 0)
            {
                return reply;
            }

            // The update decides: of two answers at once, only the one that marks it told carries the line.
            if (await connection.ExecuteAsync(told, new { MemberId = memberId, Now = StoredTime.Now(time), cancellationToken }) == 0)
            {
                return reply;
            }
        }

        return reply with { Content = string.IsNullOrEmpty(reply.Content) ? Line : reply.Content + "\n" + Line };
    }
}
