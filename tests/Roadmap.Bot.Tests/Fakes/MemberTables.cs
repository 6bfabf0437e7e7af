using Dapper;
using Microsoft.Data.Sqlite;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// Reads the schema to find every table and the column that names the member in it, so the privacy
/// tests cover tables added after they were written. A table with no such column must be listed in
/// <see cref="WithoutMemberData"/>; otherwise the tests fail and ask for a decision.
/// </summary>
internal static class MemberTables
{
    /// <summary>
    /// Tables that hold nothing about a member: bot_state keeps the bot's own facts; a server's
    /// settings, cohorts, challenges and scheduled posts belong to the server; board_windows says up to
    /// when the period boards' counts hold, milestone_positions the roadmap's order.
    /// </summary>
    public static IReadOnlySet<string> WithoutMemberData { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "bot_state", "guild_settings", "cohorts", "challenges", "cohort_posts", "board_windows", "milestone_positions",
    };

    /// <summary>Every table holding member data, with its member column.</summary>
    public static async Task<IReadOnlyList<(string Table, string Column)>> ListAsync(SqliteConnection connection)
    {
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        var found = new List<(string, string)>();
        foreach (var table in tables)
        {
            var columns = (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info(@Table)", new { Table = table })).ToList();
            var column = table == "members" ? "id" : columns.FirstOrDefault(c => c == "member_id");
            if (column is null)
            {
                Assert.True(WithoutMemberData.Contains(table), $"Table {table} has no member_id column. If it holds member data, name the column member_id and add it to PrivacyStore; otherwise list it in MemberTables.WithoutMemberData.");
                continue;
            }

            found.Add((table, column));
        }

        return found;
    }

    /// <summary>How many rows of each table are about the member.</summary>
    public static async Task<Dictionary<string, long>> CountRowsAsync(SqliteConnection connection, ulong memberId)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (table, column) in await ListAsync(connection))
        {
            // Names come from sqlite_master, not from input.
            counts[table] = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = @MemberId", new { MemberId = memberId });
        }

        return counts;
    }
}
