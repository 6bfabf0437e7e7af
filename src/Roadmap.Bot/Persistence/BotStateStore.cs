using Dapper;

namespace Roadmap.Bot.Persistence;

/// <summary>Small named facts the bot keeps about itself between runs.</summary>
public sealed class BotStateStore(SqliteConnectionFactory factory, TimeProvider time)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QuerySingleOrDefaultAsync<string>(
                """SELECT value FROM bot_state WHERE key = @Key""", new { Key = key, cancellationToken }).ConfigureAwait(false);
        }
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        var connection = await factory.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO bot_state (key, value, updated_at) VALUES (@Key, @Value, @Now)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """,
                new { Key = key, Value = value, Now = time.GetUtcNow(), cancellationToken }).ConfigureAwait(false);
        }
    }
}
