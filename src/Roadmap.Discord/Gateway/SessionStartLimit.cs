namespace Roadmap.Discord.Gateway;

/// <summary>
/// How many new sessions (IDENTIFYs) the bot may still start: <see cref="ResetAfter"/> is in
/// milliseconds, <see cref="MaxConcurrency"/> IDENTIFYs are allowed per 5 seconds.
/// </summary>
public sealed record SessionStartLimit(int Total, int Remaining, int ResetAfter, int MaxConcurrency);
