using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Members;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// A server's cohorts and who is in them. Every method takes the server: a cohort id from another
/// server is not found, so it cannot be read or changed from here.
/// </summary>
internal sealed class CohortStore(SqliteConnectionFactory factory, TimeProvider time)
{
    private const string SelectCohort = """
        SELECT id AS Id, guild_id AS GuildId, name AS Name, description AS Description, starts_at AS StartsAt,
               ends_at AS EndsAt, channel_id AS ChannelId, role_id AS RoleId, archived_at AS ArchivedAt, created_at AS CreatedAt
        FROM cohorts
        """;

    /// <summary>Creates the cohort; null when the server already has one by that name that is not archived.</summary>
    public async Task<Cohort?> CreateAsync(NewCohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        const string insert = """
            INSERT INTO cohorts (guild_id, name, description, starts_at, ends_at, channel_id, role_id, created_at)
            VALUES (@GuildId, @Name, @Description, @StartsAt, @EndsAt, @ChannelId, @RoleId, @Now)
            RETURNING id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            try
            {
                var id = await connection.ExecuteScalarAsync<long>(insert, new
                {
                    cohort.GuildId,
                    cohort.Name,
                    cohort.Description,
                    cohort.StartsAt,
                    cohort.EndsAt,
                    cohort.ChannelId,
                    cohort.RoleId,
                    Now = StoredTime.Now(time),
                    cancellationToken,
                });
                return await FindAsync(connection, cohort.GuildId, id, cancellationToken);
            }
            catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == 2067) // SQLITE_CONSTRAINT_UNIQUE: the name is taken
            {
                return null;
            }
        }
    }

    /// <summary>The server's cohort with this id, archived or not; null when this server has none by that id.</summary>
    public async Task<Cohort?> FindAsync(ulong guildId, long cohortId, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await FindAsync(connection, guildId, cohortId, cancellationToken);
        }
    }

    /// <summary>The server's cohorts, the ones not archived first, each group by start date.</summary>
    public async Task<IReadOnlyList<Cohort>> ListAsync(ulong guildId, bool includeArchived, CancellationToken cancellationToken)
    {
        const string list = SelectCohort + """

            WHERE guild_id = @GuildId AND (@IncludeArchived OR archived_at IS NULL)
            ORDER BY archived_at IS NOT NULL, starts_at, id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<Cohort>(list, new { GuildId = guildId, IncludeArchived = includeArchived, cancellationToken })).ToList();
        }
    }

    /// <summary>Archives the cohort; false when it is unknown in this server or archived already.</summary>
    public async Task<bool> ArchiveAsync(ulong guildId, long cohortId, CancellationToken cancellationToken)
    {
        const string archive = "UPDATE cohorts SET archived_at = @Now WHERE guild_id = @GuildId AND id = @CohortId AND archived_at IS NULL";
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteAsync(archive, new { GuildId = guildId, CohortId = cohortId, Now = StoredTime.Now(time), cancellationToken }) == 1;
        }
    }

    /// <summary>Adds the member to the cohort (creating the member if new); false when they were in it already.</summary>
    public async Task<bool> JoinAsync(Cohort cohort, ulong memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        // The standing columns start from the member's progress and visibility now; triggers keep them
        // (0007_cohort_standings). The WHERE lets SQLite read ON CONFLICT as the upsert, not a join.
        const string join = """
            INSERT INTO cohort_members (cohort_id, guild_id, member_id, joined_at, done, shares)
            SELECT @CohortId, @GuildId, @MemberId, @Now,
                   (SELECT count(*) FROM progress WHERE member_id = @MemberId AND status = 'done'),
                   (SELECT visibility <> 'private' FROM members WHERE id = @MemberId)
            WHERE true
            ON CONFLICT (cohort_id, member_id) DO NOTHING
            """;
        var now = StoredTime.Now(time);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await MemberStore.EnsureAsync(connection, transaction, memberId, now, cancellationToken);
            var added = await connection.ExecuteAsync(join, new { CohortId = cohort.Id, cohort.GuildId, MemberId = memberId, Now = now, cancellationToken }, transaction);
            transaction.Commit();
            return added == 1;
        }
    }

    /// <summary>Takes the member out of the cohort; false when they were not in it.</summary>
    public async Task<bool> LeaveAsync(Cohort cohort, ulong memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        const string leave = "DELETE FROM cohort_members WHERE cohort_id = @CohortId AND guild_id = @GuildId AND member_id = @MemberId";
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.ExecuteAsync(leave, new { CohortId = cohort.Id, cohort.GuildId, MemberId = memberId, cancellationToken }) == 1;
        }
    }

    /// <summary>The server's cohorts the member is in, not archived.</summary>
    public async Task<IReadOnlyList<Cohort>> OfMemberAsync(ulong guildId, ulong memberId, CancellationToken cancellationToken)
    {
        const string mine = SelectCohort + """

            WHERE guild_id = @GuildId AND archived_at IS NULL
              AND id IN (SELECT cohort_id FROM cohort_members WHERE member_id = @MemberId AND guild_id = @GuildId)
            ORDER BY starts_at, id
            """;
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return (await connection.QueryAsync<Cohort>(mine, new { GuildId = guildId, MemberId = memberId, cancellationToken })).ToList();
        }
    }

    private static Task<Cohort?> FindAsync(SqliteConnection connection, ulong guildId, long cohortId, CancellationToken cancellationToken)
    {
        const string find = SelectCohort + """

            WHERE guild_id = @GuildId AND id = @CohortId
            """;
        return connection.QuerySingleOrDefaultAsync<Cohort>(find, new { GuildId = guildId, CohortId = cohortId, cancellationToken });
    }
}
