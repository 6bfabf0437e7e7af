using Microsoft.Data.Sqlite;

namespace Roadmap.Benchmarks.Data;

/// <summary>
/// Writes <see cref="CohortShape"/>'s cohorts after the members and their progress, the way the bot
/// would: a member joins with their done count and visibility (as <c>CohortStore.JoinAsync</c>), and
/// the triggers keep the boards' completions and accepted counts. Submissions: about 40% of a
/// cohort's members submit to each challenge with submissions; 60% of those are accepted (reviewed
/// within the last 25 days), 10% came in late, the rest wait for review.
/// </summary>
internal static class CohortWriter
{
    private const long Day = 86_400_000;

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, Random random)
    {
        var now = DatasetShape.Now.ToUnixTimeMilliseconds();
        var guild = Stored(DatasetShape.GuildId);
        using var cohort = Prepare(connection, transaction, """
            INSERT INTO cohorts (id, guild_id, name, starts_at, channel_id, created_at) VALUES ($id, $guild, $name, $starts, $channel, $created)
            """);
        using var member = Prepare(connection, transaction, """
            INSERT INTO cohort_members (cohort_id, guild_id, member_id, joined_at, done, shares)
            SELECT $cohort, $guild, $member, $joined,
                   (SELECT count(*) FROM progress WHERE member_id = $member AND status = 'done'),
                   (SELECT visibility <> 'private' FROM members WHERE id = $member)
            WHERE true
            """);
        using var challenge = Prepare(connection, transaction, """
            INSERT INTO challenges (id, guild_id, cohort_id, title, due_at, posted_at, channel_id, message_id, closed_at)
            VALUES ($id, $guild, $cohort, $title, $due, $posted, $channel, $message, $closed)
            """);
        using var submission = Prepare(connection, transaction, """
            INSERT INTO challenge_submissions (guild_id, challenge_id, member_id, link, submitted_at, late, verdict, reviewed_at)
            VALUES ($guild, $challenge, $member, $link, $submitted, $late, $verdict, $reviewed)
            """);

        for (long id = 1; id <= CohortShape.CohortCount; id++)
        {
            Run(cohort, id, guild, id == CohortShape.BigCohortId ? "Benchmark cohort" : $"Cohort {id}", now - (60 * Day), 5_000_000 + id, now - (61 * Day));
        }

        var members = new List<long>[CohortShape.CohortCount + 1];
        for (var index = 0; index < DatasetShape.MemberCount; index++)
        {
            if (CohortShape.CohortOf(index) is { } id)
            {
                var memberId = Stored(DatasetShape.MemberId(index));
                Run(member, id, guild, memberId, now - (60 * Day) + random.NextInt64(30 * Day));
                (members[id] ??= []).Add(memberId);
            }
        }

        for (long id = 1; id <= CohortShape.CohortCount; id++)
        {
            for (var c = 0; c < CohortShape.ChallengesPerCohort; c++)
            {
                var challengeId = ((id - 1) * CohortShape.ChallengesPerCohort) + c + 1;
                var due = c switch { 0 => now + (5 * Day), 1 => now + (12 * Day), _ => now - (6 * Day) };
                Run(challenge, challengeId, guild, id, $"Challenge {c + 1}", due, due - (21 * Day), 5_000_000 + id, 6_000_000 + challengeId, c == 2 ? due : null);
                if (c == 1)
                {
                    continue;
                }

                foreach (var memberId in members[id])
                {
                    if (random.NextDouble() >= 0.4)
                    {
                        continue;
                    }

                    var roll = random.NextDouble();
                    var late = c == 2 && roll >= 0.9;
                    var submitted = late ? due + random.NextInt64(Day) : due - (20 * Day) + random.NextInt64(Math.Min(20 * Day, now - (due - (20 * Day))));
                    var verdict = roll < 0.6 || late ? "accepted" : null;
                    long? reviewed = verdict is null ? null : Math.Max(submitted, now - random.NextInt64(25 * Day));
                    Run(submission, guild, challengeId, memberId, $"https://github.com/m{memberId}/c{challengeId}", submitted, late ? 1 : 0, verdict, reviewed);
                }
            }
        }
    }

    private static long Stored(ulong id) => unchecked((long)id);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in sql.Split([' ', ',', '(', ')', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Where(word => word.StartsWith('$')).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
