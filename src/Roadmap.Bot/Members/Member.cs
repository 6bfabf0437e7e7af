namespace Roadmap.Bot.Members;

/// <summary>A member (a Discord user who used the bot) and their settings. Change settings with <c>with</c>.</summary>
internal sealed record Member
{
    public required ulong Id { get; init; }

    /// <summary>A stack id from stacks.yml, or none yet.</summary>
    public string? Stack { get; init; }

    /// <summary>An IANA time zone id such as Europe/Paris; none means UTC.</summary>
    public string? TimeZone { get; init; }

    public int? WeeklyHours { get; init; }

    public Visibility Visibility { get; init; } = Visibility.Server;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
