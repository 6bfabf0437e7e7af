using Roadmap.Bot.Text;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Cohorts.Challenges;

/// <summary><c>/mod challenge extend</c>: an open challenge gets a new due date, read as the one it was posted with.</summary>
internal sealed class ChallengeExtending(ChallengeStore store, CohortStore cohorts, DueDateReader dueDates)
{
    public async Task<Reply> ExtendAsync(Challenge challenge, ulong moderatorId, string? typedDue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var cohort = await cohorts.FindAsync(challenge.GuildId, challenge.CohortId, cancellationToken);
        if (challenge.IsClosed || cohort is null || cohort.IsArchived)
        {
            return Reply.Problem($"Challenge #{challenge.Id} is closed{(challenge.IsCohortArchived ? " and its cohort archived" : "")}, so its due date can't move.");
        }

        var (dueAt, problem) = await dueDates.ReadAsync(moderatorId, typedDue, cohort, cancellationToken);
        if (dueAt is null)
        {
            return Reply.Problem(problem!);
        }

        return await store.ExtendAsync(challenge.GuildId, challenge.Id, dueAt.Value, cancellationToken)
            ? Reply.Text($"**{DiscordText.Escape(challenge.Title)}** is now due {ModeratorTime.Show(dueAt.Value)} (it was {ModeratorTime.Show(challenge.DueAt)}). Members see the new date in `/challenge list`.", ephemeral: true)
            : Reply.Problem($"Challenge #{challenge.Id} was closed in the meantime, so its due date can't move.");
    }
}
