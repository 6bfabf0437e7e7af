using Roadmap.Bot.Learners;

namespace Roadmap.Bot.Commands;

/// <summary>Reads what the commands need about a member in one place.</summary>
public sealed class LearnerReader(MemberStore members, ProgressStore progress)
{
    public async Task<LearnerSnapshot> ReadAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var member = await members.FindAsync(memberId, cancellationToken).ConfigureAwait(false);
        var statuses = await progress.StatusesAsync(memberId, cancellationToken).ConfigureAwait(false);
        return new LearnerSnapshot(member, statuses);
    }
}
