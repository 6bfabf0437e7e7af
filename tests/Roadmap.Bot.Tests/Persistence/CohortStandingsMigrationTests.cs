using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Persistence;

/// <summary>
/// cohort_standings: applied over a database with cohorts in use, it fills each membership's count of
/// done milestones and whether the member shares it; then its triggers keep both exact.
/// </summary>
public sealed class CohortStandingsMigrationTests
{
    // Found by name: the lead may renumber it beside another branch's migration.
    private static readonly int Standings = Migration.Embedded.Single(m => m.Name.EndsWith("_cohort_standings", StringComparison.Ordinal)).Version;

    [Fact]
    public async Task Migrate_ExistingMemberships_AreFilledFromProgressAndVisibility_ThenTriggersKeepThem()
    {
        await using var database = TestDatabase.CreateEmpty();
        var factory = database.Get<SqliteConnectionFactory>();
        await Migrator(factory, Standings - 1).MigrateAsync(CancellationToken.None);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO members (id, visibility, created_at, updated_at) VALUES (1, 'server', 1, 1), (2, 'private', 1, 1);
                INSERT INTO progress (member_id, milestone_id, status, completed_at, updated_at)
                VALUES (1, 'a', 'done', 1, 1), (1, 'b', 'done', 1, 1), (1, 'c', 'skipped', NULL, 1), (2, 'a', 'in_progress', NULL, 1);
                INSERT INTO cohorts (id, guild_id, name, starts_at, created_at) VALUES (10, 7, 'Spring', 0, 0);
                INSERT INTO cohort_members (cohort_id, guild_id, member_id, joined_at) VALUES (10, 7, 1, 1), (10, 7, 2, 1);
                """);
        }

        await Migrator(factory, Standings).MigrateAsync(CancellationToken.None);
        var filled = await StandingsAsync(database);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("""
                UPDATE progress SET status = 'done', completed_at = 2 WHERE member_id = 2 AND milestone_id = 'a';
                UPDATE progress SET status = 'skipped', completed_at = NULL WHERE member_id = 1 AND milestone_id = 'a';
                DELETE FROM progress WHERE member_id = 1 AND milestone_id = 'b';
                INSERT INTO progress (member_id, milestone_id, status, completed_at, updated_at) VALUES (2, 'b', 'done', 3, 3);
                UPDATE members SET visibility = 'public' WHERE id = 2;
                UPDATE members SET visibility = 'private' WHERE id = 1;
                """);
        }

        Assert.Equal("1:2:1,2:0:0", filled);
        Assert.Equal("1:0:0,2:2:1", await StandingsAsync(database));
    }

    private static DatabaseMigrator Migrator(SqliteConnectionFactory factory, int upTo) =>
        new(factory, NullLogger<DatabaseMigrator>.Instance) { Migrations = Migration.Embedded.Take(upTo).ToList() };

    /// <summary>"member:done:shares" for each membership, by member.</summary>
    private static Task<string> StandingsAsync(TestDatabase database) =>
        database.ScalarAsync<string>("SELECT group_concat(member_id || ':' || done || ':' || shares, ',') FROM (SELECT * FROM cohort_members ORDER BY member_id)");
}
