namespace Roadmap.Bot.Persistence;

/// <summary>Times as the database keeps them (UTC, whole milliseconds), so a value written equals the value read back.</summary>
internal static class StoredTime
{
    public static DateTimeOffset Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
    }
}
