using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Roadmap.Bot.Nudges;

/// <summary>A member's weekly nudge settings (a row of <c>nudge_settings</c>). Change them with <c>with</c>.</summary>
internal sealed record NudgeSettingsRow
{
    public required ulong MemberId { get; init; }

    /// <summary>As stored: on, off or paused (<see cref="NudgeState"/>).</summary>
    public required string State { get; init; }

    /// <summary>ISO: 1 Monday … 7 Sunday.</summary>
    public int DayOfWeek { get; init; } = (int)IsoDayOfWeek.Monday;

    /// <summary>Minutes after local midnight.</summary>
    public int LocalTime { get; init; } = 9 * 60;

    /// <summary>When the next nudge is due; set exactly when one is (on, or paused by the member until a date).</summary>
    public DateTimeOffset? NextDueAt { get; init; }

    /// <summary>The local date, YYYY-MM-DD, a member's pause ends on.</summary>
    public string? PausedUntil { get; init; }

    /// <summary>Why the nudges are paused (<see cref="PauseReason"/>).</summary>
    public string? PauseReason { get; init; }

    /// <summary>The nudge <c>/nudges skip</c> skipped.</summary>
    public DateTimeOffset? SkippedDueAt { get; init; }

    public int Unanswered { get; init; }

    public DateTimeOffset? KeepAskedAt { get; init; }

    public ulong? DmChannelId { get; init; }

    public DateTimeOffset? OfferedAt { get; init; }

    /// <summary>When the member was told their nudges paused because their DMs are closed.</summary>
    public DateTimeOffset? DmsClosedToldAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    [JsonIgnore]
    public IsoDayOfWeek Day => (IsoDayOfWeek)DayOfWeek;

    [JsonIgnore]
    public LocalTime Time => NodaTime.LocalTime.FromMinutesSinceMidnight(LocalTime);

    [JsonIgnore]
    public LocalDate? PausedUntilDate => PausedUntil is null ? null : LocalDatePattern.Iso.Parse(PausedUntil).GetValueOrThrow();

    /// <summary>The settings of a member who never set nudges up: off, Mondays at 09:00.</summary>
    public static NudgeSettingsRow Default(ulong memberId) => new() { MemberId = memberId, State = NudgeState.Off };

    public static string StoredDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static int StoredTime(LocalTime time) => (time.Hour * 60) + time.Minute;
}
