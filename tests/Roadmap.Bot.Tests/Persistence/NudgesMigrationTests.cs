using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Persistence;

/// <summary>0003_nudges: applied over a database already in use, and the rules its tables hold.</summary>
public sealed class NudgesMigrationTests : IAsyncLifetime
{
    private const long Member = 555;
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Migrate_DatabaseAtVersion2WithMembers_AddsTheNudgeTablesAndKeepsTheMembers()
    {
        await using var old = TestDatabase.CreateEmpty();
        var factory = old.Get<SqliteConnectionFactory>();
        await new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance) { Migrations = Migration.Embedded.Take(2).ToList() }.MigrateAsync(CancellationToken.None);
        await using (var connection = await old.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT INTO members (id, time_zone, created_at, updated_at) VALUES (555, 'Europe/Berlin', 1, 1)");
        }

        // Up to 0003 only: later migrations have their own reasons to be applied.
        var applied = await new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance) { Migrations = Migration.Embedded.Take(3).ToList() }.MigrateAsync(CancellationToken.None);

        Assert.Equal(1, applied);
        Assert.Equal(3, await old.ScalarAsync<int>("PRAGMA user_version"));
        Assert.Equal("Europe/Berlin", await old.ScalarAsync<string>("SELECT time_zone FROM members WHERE id = 555"));
        Assert.Equal(0, await old.ScalarAsync<int>("SELECT count(*) FROM nudge_settings"));
    }

    [Fact]
    public async Task DeleteMember_WithNudgeSettingsAndNudges_CascadesToBoth()
    {
        await InsertMemberWithNudgesAsync();

        await ExecuteAsync("DELETE FROM members WHERE id = @Member");

        Assert.Equal(0, await _database.ScalarAsync<int>("SELECT count(*) FROM nudge_settings"));
        Assert.Equal(0, await _database.ScalarAsync<int>("SELECT count(*) FROM nudges"));
    }

    [Theory]
    [InlineData("UPDATE nudge_settings SET next_due_at = NULL")]                                             // on with nothing due
    [InlineData("UPDATE nudge_settings SET state = 'off'")]                                                  // off with a nudge due
    [InlineData("UPDATE nudge_settings SET state = 'paused', pause_reason = 'member'")]                      // a member's pause without a date
    [InlineData("UPDATE nudge_settings SET state = 'paused', pause_reason = 'dms_closed'")]                  // closed DMs with a nudge due
    [InlineData("UPDATE nudge_settings SET state = 'paused', pause_reason = 'member', paused_until = '2026-02-30'")] // no such date
    [InlineData("UPDATE nudge_settings SET state = 'paused', pause_reason = 'member', paused_until = '10/12/2026'")]
    [InlineData("UPDATE nudge_settings SET local_time = 1440")]
    [InlineData("UPDATE nudge_settings SET day_of_week = 0")]
    public async Task NudgeSettings_InconsistentRow_IsRefused(string update)
    {
        await InsertMemberWithNudgesAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(update));

        Assert.Contains("CHECK constraint failed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE nudge_settings SET state = 'paused', pause_reason = 'member', paused_until = '2026-12-10'")]
    [InlineData("UPDATE nudge_settings SET state = 'paused', pause_reason = 'no_reply', next_due_at = NULL")]
    [InlineData("UPDATE nudge_settings SET state = 'off', next_due_at = NULL")]
    public async Task NudgeSettings_ConsistentRow_IsKept(string update)
    {
        await InsertMemberWithNudgesAsync();

        await ExecuteAsync(update);

        Assert.Equal(1, await _database.ScalarAsync<int>("SELECT count(*) FROM nudge_settings"));
    }

    private async Task InsertMemberWithNudgesAsync() =>
        await ExecuteAsync("""
            INSERT INTO members (id, created_at, updated_at) VALUES (@Member, 1, 1);
            INSERT INTO nudge_settings (member_id, state, next_due_at, created_at, updated_at) VALUES (@Member, 'on', 1000, 1, 1);
            INSERT INTO nudges (member_id, due_at, state, claimed_at) VALUES (@Member, 500, 'sent', 500);
            """);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync(sql, new { Member });
    }
}
