using Dapper;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>Each server's settings: its nudge channel and its moderator role.</summary>
internal sealed class GuildSettingsStore(SqliteConnectionFactory factory, TimeProvider time)
{
    /// <summary>The server's settings; the defaults (nothing set) when its moderators never changed one.</summary>
    public async Task<GuildSettings> GetAsync(ulong guildId, CancellationToken cancellationToken)
    {
        const string select = """
            SELECT guild_id AS GuildId, nudge_channel_id AS NudgeChannelId, moderator_role_id AS ModeratorRoleId, updated_at AS UpdatedAt
            FROM guild_settings WHERE guild_id = @GuildId
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.QuerySingleOrDefaultAsync<GuildSettings>(select, new { GuildId = guildId, cancellationToken })
                ?? new GuildSettings { GuildId = guildId };
        }
    }

    /// <summary>Sets where nudges go for members of the server whose DMs are closed.</summary>
    public async Task<GuildSettings> SetNudgeChannelAsync(ulong guildId, ulong? channelId, CancellationToken cancellationToken)
    {
        const string upsert = """
            INSERT INTO guild_settings (guild_id, nudge_channel_id, updated_at) VALUES (@GuildId, @Value, @Now)
            ON CONFLICT (guild_id) DO UPDATE SET nudge_channel_id = excluded.nudge_channel_id, updated_at = excluded.updated_at
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(upsert, new { GuildId = guildId, Value = channelId, Now = StoredTime.Now(time), cancellationToken });
        }

        return await GetAsync(guildId, cancellationToken);
    }

    /// <summary>Sets the role whose members may use <c>/mod</c>.</summary>
    public async Task<GuildSettings> SetModeratorRoleAsync(ulong guildId, ulong? roleId, CancellationToken cancellationToken)
    {
        const string upsert = """
            INSERT INTO guild_settings (guild_id, moderator_role_id, updated_at) VALUES (@GuildId, @Value, @Now)
            ON CONFLICT (guild_id) DO UPDATE SET moderator_role_id = excluded.moderator_role_id, updated_at = excluded.updated_at
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(upsert, new { GuildId = guildId, Value = roleId, Now = StoredTime.Now(time), cancellationToken });
        }

        return await GetAsync(guildId, cancellationToken);
    }

    /// <summary>
    /// The nudge channel a member's nudge goes to when their DMs are closed. The rule: among the
    /// servers that have a nudge channel and where the member has been seen, the one they used most
    /// recently. Seen means a <c>guild_members</c> row (its <c>last_seen_at</c>) or a cohort membership
    /// there (its <c>joined_at</c>, the latest of the two counting); ties go to the lower server id, so
    /// the choice never depends on row order. Null when no such server has a nudge channel.
    /// </summary>
    public async Task<NudgeChannelTarget?> NudgeChannelForMemberAsync(ulong memberId, CancellationToken cancellationToken)
    {
        const string select = """
            SELECT gs.guild_id AS GuildId, gs.nudge_channel_id AS ChannelId
            FROM guild_settings gs
            JOIN (SELECT guild_id, max(at) AS seen
                  FROM (SELECT guild_id, last_seen_at AS at FROM guild_members WHERE member_id = @MemberId
                        UNION ALL
                        SELECT guild_id, joined_at AS at FROM cohort_members WHERE member_id = @MemberId)
                  GROUP BY guild_id) s ON s.guild_id = gs.guild_id
            WHERE gs.nudge_channel_id IS NOT NULL
            ORDER BY s.seen DESC, gs.guild_id
            LIMIT 1
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            var row = await connection.QuerySingleOrDefaultAsync<NudgeChannelRow>(select, new { MemberId = memberId, cancellationToken });
            return row is null ? null : new NudgeChannelTarget(row.GuildId, row.ChannelId);
        }
    }
}
