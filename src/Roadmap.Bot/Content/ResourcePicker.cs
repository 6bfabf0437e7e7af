namespace Roadmap.Bot.Content;

/// <summary>Orders a milestone's resources for one learner: their stack's first, then the general ones.</summary>
internal static class ResourcePicker
{
    /// <summary>
    /// With a stack: that stack's resources, then general ones; other stacks' are left out. Without a
    /// stack: only the general ones (the card tells the learner to pick a stack for more).
    /// Official documentation comes first within each group; otherwise the authored order stands.
    /// </summary>
    public static IReadOnlyList<Resource> For(Milestone milestone, string? stackId)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var theirs = milestone.Resources.Where(r => stackId is not null && r.IsFor(stackId)).OrderBy(OfficialFirst);
        var general = milestone.Resources.Where(r => r.IsGeneral).OrderBy(OfficialFirst);
        return theirs.Concat(general).ToList();
    }

    private static int OfficialFirst(Resource resource) => resource.Kind == ResourceKind.Official ? 0 : 1;
}
