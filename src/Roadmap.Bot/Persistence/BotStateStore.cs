using Dapper;

namespace Roadmap.Bot.Persistence;

/// <summary>Small named facts the bot keeps about itself between runs.</summary>
internal sealed class BotStateStore(SqliteConnectionFactory factory, TimeProvider time)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            return await connection.QuerySingleOrDefaultAsync<string>(
                """SELECT value FROM bot_state WHERE key = @Key""", new { Key = key, cancellationToken });
        }
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO bot_state (key, value, updated_at) VALUES (@Key, @Value, @Now)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """,
                new { Key = key, Value = value, Now = time.GetUtcNow(), cancellationToken });
        }
    }
}
