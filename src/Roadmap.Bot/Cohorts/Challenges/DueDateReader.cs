using NodaTime;
using Roadmap.Bot.Members;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// Reads a due date a moderator typed, on their clock (the time zone from <c>/profile</c>, UTC when
/// they set none): a date alone means its last minute. It must be in the future and not before the
/// cohort starts.
/// </summary>
internal sealed class DueDateReader(MemberStore members, TimeProvider time)
{
    public async Task<(DateTimeOffset? DueAt, string? Problem)> ReadAsync(ulong moderatorId, string? typed, Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var text = (typed ?? "").Trim();
        var zoneId = (await members.FindAsync(moderatorId, cancellationToken))?.TimeZone;
        var zone = ModeratorTime.Zone(zoneId) ?? DateTimeZone.Utc;
        var onClock = zoneId is null ? " (read as UTC: set your time zone with `/profile timezone:` to type dates on your own clock)" : "";
        if (ModeratorTime.Read(text, zone, ModeratorTime.DateAlone.EndOfDay) is not { } dueAt)
        {
            return (null, $"`{text.Replace('`', '\'')}` is not a date I can read. Write it as `2026-12-15 18:00` or `2026-12-15` (which means the end of that day).");
        }

        if (dueAt <= time.GetUtcNow())
        {
            return (null, $"The due date {ModeratorTime.Show(dueAt)} has already passed{onClock}. Pick a date in the future.");
        }

        if (dueAt < cohort.StartsAt)
        {
            return (null, $"The due date {ModeratorTime.Show(dueAt)} is before the cohort starts, {ModeratorTime.Show(cohort.StartsAt)}{onClock}. Pick a date after its start.");
        }

        return (dueAt, null);
    }
}
