using System.Globalization;
using Roadmap.Bot.Text;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary>
/// Reads the <c>cohort:</c> and <c>challenge:</c> options (the id autocomplete filled in, or a cohort's
/// name or a challenge's title typed out) within the caller's server only, and suggests them as they are typed. An id from
/// another server is answered exactly like one that does not exist.
/// </summary>
internal sealed class ChallengePicker(CohortPicker cohorts, ChallengeStore challenges)
{
    public async Task<Picked<Cohort>> CohortAsync(ulong guildId, string? typed, CancellationToken cancellationToken)
    {
        var text = (typed ?? "").Trim();
        // The cohort picker reads ids and names; an id may also be typed with a hash here ("#12").
        var cohort = await cohorts.FindAsync(guildId, Id(text) is { } id ? id.ToString(CultureInfo.InvariantCulture) : text, cancellationToken);
        return cohort switch
        {
            null => Picked<Cohort>.Refused($"I don't know a cohort `{Quote(text)}` in this server. Start typing in the `cohort` option and pick one from the list."),
            { IsArchived: true } => Picked<Cohort>.Refused($"The cohort **{DiscordText.Escape(cohort.Name)}** is archived, so nothing new can happen in it."),
            _ => Picked<Cohort>.Found(cohort),
        };
    }

    public async Task<Picked<Challenge>> ChallengeAsync(ulong guildId, string? typed, CancellationToken cancellationToken)
    {
        var text = (typed ?? "").Trim();
        if (Id(text) is { } id)
        {
            return await challenges.FindAsync(guildId, id, cancellationToken) is { } challenge
                ? Picked<Challenge>.Found(challenge)
                : Unknown(text);
        }

        // A title typed out (local mode, or a member typing instead of picking): it must name one.
        var titled = (await challenges.ListAsync(guildId, cohortId: null, limit: 200, cancellationToken))
            .Where(c => string.Equals(c.Title, text, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return titled switch
        {
            [var only] => await challenges.FindAsync(guildId, only.Id, cancellationToken) is { } found ? Picked<Challenge>.Found(found) : Unknown(text),
            [] => Unknown(text),
            _ => Picked<Challenge>.Refused($"{titled.Count} challenges in this server are called `{Quote(text)}`: {string.Join(", ", titled.Select(c => $"`#{c.Id}` ({DiscordText.Escape(c.CohortName)})"))}. Name one by its number, such as `challenge:#{titled[0].Id}`."),
        };
    }

    private static Picked<Challenge> Unknown(string text) =>
        Picked<Challenge>.Refused($"I don't know a challenge `{Quote(text)}` in this server. Start typing in the `challenge` option and pick one from the list, or see them with `/challenge list`.");

    /// <summary>The server's cohorts that are not archived whose name holds what was typed.</summary>
    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> SuggestCohortsAsync(ulong guildId, string typed, CancellationToken cancellationToken) =>
        cohorts.ChoicesAsync(guildId, typed, includeArchived: false, cancellationToken);

    /// <summary>The server's challenges in cohorts that are not archived, open ones first, whose title or cohort holds what was typed.</summary>
    public async Task<IReadOnlyList<ApplicationCommandOptionChoice>> SuggestChallengesAsync(ulong guildId, string typed, CancellationToken cancellationToken) =>
        (await challenges.ListAsync(guildId, cohortId: null, limit: 200, cancellationToken))
            .Where(c => Matches(typed, c.Title + " " + c.CohortName, c.Id))
            .Take(25)
            .Select(c => ApplicationCommandOptionChoice.FromString(Label(c), c.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    private static string Label(Challenge challenge)
    {
        var state = challenge.IsClosed ? "closed" : "due " + challenge.DueAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return DiscordText.Truncate($"#{challenge.Id} {challenge.Title} · {challenge.CohortName} · {state}", 100);
    }

    private static bool Matches(string typed, string text, long id)
    {
        var wanted = typed.Trim().TrimStart('#');
        return wanted.Length == 0
            || text.Contains(wanted, StringComparison.OrdinalIgnoreCase)
            || id.ToString(CultureInfo.InvariantCulture) == wanted;
    }

    /// <summary>The id in an option: what autocomplete filled in ("12"), or typed with a hash ("#12").</summary>
    private static long? Id(string text) =>
        long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static string Quote(string text) => DiscordText.Truncate(text.Replace('`', '\''), 60);
}
