using Roadmap.Bot.Members;




namespace Roadmap.Bot.Progress;

/// <summary>Reads what the commands need about a member in one place, with as few queries as each needs.</summary>
internal sealed class LearnerReader(MemberStore members, ProgressStore progress)
{
    /// <summary>Settings and statuses: what most commands need.</summary>
    public async Task<LearnerSnapshot> ReadAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var member = await members.FindAsync(memberId, cancellationToken);
        var statuses = await progress.StatusesAsync(memberId, cancellationToken);
        return new LearnerSnapshot(member, statuses);
    }

    /// <summary>Settings and the full progress rows (times and notes), with the statuses taken from the same rows.</summary>
    public async Task<(LearnerSnapshot Learner, IReadOnlyList<ProgressRow> Rows)> ReadWithRowsAsync(ulong memberId, CancellationToken cancellationToken)
    {
        var member = await members.FindAsync(memberId, cancellationToken);
        var rows = await progress.RowsAsync(memberId, cancellationToken);
        var statuses = new LearnerStatuses(rows.ToDictionary(r => r.MilestoneId, r => r.State, StringComparer.Ordinal));
        return (new LearnerSnapshot(member, statuses), rows);
    }
}
