namespace Roadmap.Discord.Rest;

/// <summary>
/// When an interaction callback left the bot (its body written to the connection) and when Discord
/// accepted it, as timestamps of the REST client's <see cref="TimeProvider"/>. For a callback with a
/// file only the acceptance is known, and <see cref="SentAt"/> equals it.
/// </summary>
public readonly record struct CallbackTiming(long SentAt, long AcceptedAt);
