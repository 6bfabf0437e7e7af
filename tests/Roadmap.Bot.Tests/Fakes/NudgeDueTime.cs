using Microsoft.Data.Sqlite;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// Moves a member's next nudge in the database of a bot running as its own process, as the week
/// passing would: the one thing a process test on the real clock cannot wait for. Safe while the bot
/// runs; SQLite serializes the write with the bot's own.
/// </summary>
internal static class NudgeDueTime
{
    /// <returns><paramref name="dueAt"/> as the database keeps it (whole milliseconds).</returns>
    public static async Task<DateTimeOffset> SetAsync(string databasePath, ulong memberId, DateTimeOffset dueAt)
    {
        var stored = dueAt.ToUnixTimeMilliseconds();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE nudge_settings SET next_due_at = $due WHERE member_id = $member AND state = 'on'";
        update.Parameters.AddWithValue("$due", stored);
        update.Parameters.AddWithValue("$member", (long)memberId);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
        return DateTimeOffset.FromUnixTimeMilliseconds(stored);
    }
}
