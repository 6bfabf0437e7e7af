using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Persistence;

/// <summary>
/// 0009_cohort_boards on a database that already has cohorts: the completions and accepted counts it
/// starts from are the ones the triggers would have kept, so an upgraded bot's boards are right at once.
/// </summary>
public sealed class CohortBoardsMigrationTests
{
    [Fact]
    public async Task Upgrade_FillsCompletionsAndAcceptedFromWhatIsThere()
    {
        await using var database = TestDatabase.CreateEmpty();
        var factory = database.Get<SqliteConnectionFactory>();
        var before = new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance) { Migrations = [.. Migration.Embedded.Where(m => m.Version <= 7)] };
        await before.MigrateAsync(CancellationToken.None);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO members (id, visibility, created_at, updated_at) VALUES (1, 'server', 0, 0), (2, 'private', 0, 0), (3, 'server', 0, 0);
                INSERT INTO progress (member_id, milestone_id, status, completed_at, updated_at) VALUES
                    (1, 'a', 'done', 100, 100), (1, 'b', 'done', 200, 200), (1, 'c', 'skipped', NULL, 300), (2, 'a', 'done', 150, 150), (3, 'a', 'done', 10, 10);
                INSERT INTO cohorts (id, guild_id, name, starts_at, created_at) VALUES (10, 5, 'Spring', 0, 0), (11, 5, 'Autumn', 0, 0);
                INSERT INTO cohort_members (cohort_id, guild_id, member_id, joined_at) VALUES (10, 5, 1, 0), (10, 5, 2, 0), (11, 5, 1, 0);
                INSERT INTO challenges (id, guild_id, cohort_id, title, due_at, posted_at) VALUES (20, 5, 10, 'Shortener', 1000, 0), (21, 5, 11, 'Cache', 1000, 0);
                INSERT INTO challenge_submissions (guild_id, challenge_id, member_id, link, submitted_at, late, verdict, replaced_at) VALUES
                    (5, 20, 1, 'https://a.example/1', 0, 0, 'accepted', 50),
                    (5, 20, 1, 'https://a.example/2', 60, 0, 'accepted', NULL),
                    (5, 20, 2, 'https://b.example/1', 2000, 1, 'accepted', NULL),
                    (5, 21, 1, 'https://a.example/3', 0, 0, 'needs_work', NULL);
                """);
        }

        await database.Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using var migrated = await database.OpenAsync();
        var completions = (await migrated.QueryAsync<string>(
            "SELECT cohort_id || ':' || member_id || ':' || milestone_id || '@' || completed_at FROM cohort_completions ORDER BY 1")).ToList();
        var accepted = (await migrated.QueryAsync<string>(
            "SELECT cohort_id || ':' || member_id || '=' || accepted FROM cohort_members ORDER BY 1")).ToList();
        Assert.Equal(["10:1:a@100", "10:1:b@200", "10:2:a@150", "11:1:a@100", "11:1:b@200"], completions);
        Assert.Equal(["10:1=1", "10:2=0", "11:1=0"], accepted);
    }
}
