using Dapper;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Members;

/// <summary>Which members used the bot in which servers; the basis of "server" visibility.</summary>
internal sealed class GuildMemberStore(SqliteConnectionFactory factory, TimeProvider time)
{
    /// <summary>Records that the member used the bot in the server now (creating the member if new).</summary>
    public Task RecordSeenAsync(ulong guildId, ulong memberId, CancellationToken cancellationToken) =>
        RecordSeenAsync([new GuildVisit(guildId, memberId, StoredTime.Now(time))], cancellationToken);

    /// <summary>
    /// Records every visit in one transaction (creating members that are new): each moves its
    /// pair's <c>last_seen_at</c> to the visit's time, never back.
    /// </summary>
    public async Task RecordSeenAsync(IReadOnlyCollection<GuildVisit> visits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visits);
        const string upsert = """
            INSERT INTO guild_members (guild_id, member_id, first_seen_at, last_seen_at)
            VALUES (@GuildId, @MemberId, @At, @At)
            ON CONFLICT (guild_id, member_id) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at)
            """;
        if (visits.Count == 0)
        {
            return;
        }

        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var visit in visits)
            {
                await MemberStore.EnsureAsync(connection, transaction, visit.MemberId, visit.At, cancellationToken);
                await connection.ExecuteAsync(upsert, new { visit.GuildId, visit.MemberId, visit.At, cancellationToken }, transaction);
            }

            transaction.Commit();
        }
    }

    /// <summary>The servers the member used the bot in, most recently seen first.</summary>
    public async Task<IReadOnlyList<GuildMemberRow>> GuildsOfAsync(ulong memberId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT guild_id AS GuildId, member_id AS MemberId, first_seen_at AS FirstSeenAt, last_seen_at AS LastSeenAt
            FROM guild_members
            WHERE member_id = @MemberId
            ORDER BY last_seen_at DESC
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            var rows = await connection.QueryAsync<GuildMemberRow>(sql, new { MemberId = memberId, cancellationToken });
            return rows.ToList();
        }
    }

    /// <summary>Whether both members used the bot in at least one common server.</summary>
    public async Task<bool> ShareAGuildAsync(ulong memberId, ulong otherMemberId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT EXISTS (
                SELECT 1
                FROM guild_members mine
                JOIN guild_members theirs ON theirs.guild_id = mine.guild_id AND theirs.member_id = @OtherMemberId
                WHERE mine.member_id = @MemberId)
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteScalarAsync<bool>(sql, new { MemberId = memberId, OtherMemberId = otherMemberId, cancellationToken });
        }
    }
}
