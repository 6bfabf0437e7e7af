using Dapper;
using Microsoft.Data.Sqlite;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Members;

/// <summary>Members and their settings.</summary>
internal sealed class MemberStore(SqliteConnectionFactory factory, TimeProvider time)
{
    private const string SelectMember = """
        SELECT id AS Id, stack AS Stack, time_zone AS TimeZone, weekly_hours AS WeeklyHours,
               visibility AS Visibility, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM members
        WHERE id = @MemberId
        """;

    /// <summary>The member, or null when they never used the bot (or asked to be forgotten).</summary>
    public async Task<Member?> FindAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.QuerySingleOrDefaultAsync<Member>(SelectMember, new { MemberId = memberId, cancellationToken });
        }
    }

    /// <summary>
    /// Changes the settings atomically: <paramref name="change"/> gets the stored member and returns it
    /// with the settings it changes, e.g. <c>m => m with { TimeZone = "Europe/Paris" }</c>; settings it
    /// leaves alone are kept. Id and creation time cannot change. Creates the member if new.
    /// </summary>
    public async Task<Member> UpdateSettingsAsync(ulong memberId, Func<Member, Member> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = StoredTime.Now(time);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await EnsureAsync(connection, transaction, memberId, now, cancellationToken);
            var stored = await connection.QuerySingleAsync<Member>(SelectMember, new { MemberId = memberId, cancellationToken }, transaction);
            var changed = change(stored) with { Id = stored.Id, CreatedAt = stored.CreatedAt, UpdatedAt = now };
            const string update = """
                UPDATE members
                SET stack = @Stack, time_zone = @TimeZone, weekly_hours = @WeeklyHours, visibility = @Visibility, updated_at = @UpdatedAt
                WHERE id = @MemberId
                """;
            var parameters = new { MemberId = memberId, changed.Stack, changed.TimeZone, changed.WeeklyHours, Visibility = StoredVisibility.Of(changed.Visibility), changed.UpdatedAt, cancellationToken };
            await connection.ExecuteAsync(update, parameters, transaction);
            transaction.Commit();
            return changed;
        }
    }

    /// <summary>Creates the member row if missing, inside the caller's transaction.</summary>
    internal static Task EnsureAsync(SqliteConnection connection, SqliteTransaction transaction, ulong memberId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO members (id, created_at, updated_at)
            VALUES (@MemberId, @At, @At)
            ON CONFLICT (id) DO NOTHING
            """;
        return connection.ExecuteAsync(sql, new { MemberId = memberId, At = at, cancellationToken }, transaction);
    }
}
