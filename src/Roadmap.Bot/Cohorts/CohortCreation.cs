using Roadmap.Bot.Members;
using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// <c>/mod cohort create</c>: checks everything the moderator typed before anything changes. Dates
/// are read on the moderator's own clock (<c>/profile timezone:</c>); a named channel is proven by
/// posting the cohort's first message there, so a channel the bot cannot post in is said now, not
/// when the first challenge would go out. A composition with no poster (the benchmark) skips that.
/// </summary>
internal sealed class CohortCreation(CohortStore cohorts, MemberStore members, IChannelPoster? poster = null)
{
    public const string AskForTimeZone =
        "I read the dates you type on your own clock, so I need your time zone first. Set it with `/profile timezone:` " +
        "(start typing a city and pick it from the list), then create the cohort again. Nothing was created.";

    public async Task<Reply> CreateAsync(CohortRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = string.Join(' ', request.Name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        if (Problem(name, description) is { } problem)
        {
            return Reply.Problem(problem);
        }

        var zone = ModeratorTime.Zone((await members.FindAsync(request.ModeratorId, cancellationToken))?.TimeZone);
        if (zone is null)
        {
            return Reply.Problem(AskForTimeZone);
        }

        if (ModeratorTime.Read(request.Starts, zone, ModeratorTime.DateAlone.StartOfDay) is not { } starts)
        {
            return Reply.Problem(NotADate("starts", request.Starts));
        }

        DateTimeOffset? ends = null;
        if (request.Ends is { } typedEnd && (ends = ModeratorTime.Read(typedEnd, zone, ModeratorTime.DateAlone.EndOfDay)) is null)
        {
            return Reply.Problem(NotADate("ends", typedEnd));
        }

        if (ends <= starts)
        {
            return Reply.Problem($"The cohort would end ({ModeratorTime.Show(ends.Value)}) before it starts ({ModeratorTime.Show(starts)}). Check `starts` and `ends`; nothing was created.");
        }

        // Before the channel hears of it: a name already taken would otherwise announce a cohort that never exists.
        if (await IsTakenAsync(request.GuildId, name, cancellationToken))
        {
            return Reply.Problem(Taken(name));
        }

        if (request.ChannelId is { } channelId && poster is not null)
        {
            var home = Reply.Text($"📚 This channel is now the home of the cohort **{DiscordText.Escape(name)}**: its challenges, weekly digests and results will be posted here.");
            var post = await poster.PostAsync(channelId, home, nonce: null, cancellationToken);
            if (!post.IsPosted)
            {
                return Reply.Problem(post.Problem(channelId) + " Nothing was created.");
            }
        }

        var created = await cohorts.CreateAsync(new NewCohort(request.GuildId, name, description, starts, ends, request.ChannelId, request.RoleId), cancellationToken);
        return created is null ? Reply.Problem(Taken(name)) : Reply.Text(CohortReplies.Created(created), ephemeral: true);
    }

    private static string? Problem(string name, string? description)
    {
        if (name.Length == 0)
        {
            return "A cohort needs a name, such as `Spring 2027`.";
        }

        if (name.Length > CohortLimits.Name)
        {
            return $"A cohort's name can be at most {CohortLimits.Name} characters; yours has {name.Length}. Nothing was created.";
        }

        return description is { Length: > CohortLimits.Description }
            ? $"A description can be at most {CohortLimits.Description} characters; yours has {description.Length}. Nothing was created."
            : null;
    }

    private async Task<bool> IsTakenAsync(ulong guildId, string name, CancellationToken cancellationToken) =>
        (await cohorts.ListAsync(guildId, includeArchived: false, cancellationToken)).Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Taken(string name) =>
        $"This server already has a cohort called **{DiscordText.Escape(name)}**. Pick another name, or archive the old one first with `/mod cohort archive`. Nothing was created.";

    private static string NotADate(string option, string typed) =>
        $"`{option}:{DiscordText.Escape(DiscordText.Truncate(typed, 30))}` is not a date I can read. Write it as `2027-03-01` or `2027-03-01 18:00`, on your own clock. Nothing was created.";
}
