namespace Roadmap.Bot.Content;

/// <summary>Finds prerequisite chains that lead back to where they started; each cycle is reported once.</summary>
internal static class PrerequisiteCycles
{
    public static IEnumerable<ContentProblem> Find(IReadOnlyList<Milestone> milestones)
    {
        var byId = new Dictionary<string, Milestone>(StringComparer.Ordinal);
        foreach (var milestone in milestones)
        {
            byId.TryAdd(milestone.Id, milestone);
        }

        var finished = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var problems = new List<ContentProblem>();
        foreach (var milestone in milestones)
        {
            Visit(milestone.Id, byId, finished, path, problems);
        }

        return problems;
    }

    private static void Visit(string id, Dictionary<string, Milestone> byId, HashSet<string> finished, List<string> path, List<ContentProblem> problems)
    {
        if (finished.Contains(id) || !byId.TryGetValue(id, out var milestone))
        {
            return;
        }

        var start = path.IndexOf(id);
        if (start >= 0)
        {
            var cycle = path.Skip(start).Append(id).ToList();
            var at = byId[cycle[0]].Source.At("prerequisites");
            problems.Add(new ContentProblem(at, $"Prerequisites form a cycle: {string.Join(" → ", cycle)}.", "A milestone can only require milestones that come before it; remove one link of the cycle."));
            return;
        }

        path.Add(id);
        foreach (var prerequisite in milestone.Prerequisites.Where(p => p != id))
        {
            Visit(prerequisite, byId, finished, path, problems);
        }

        path.RemoveAt(path.Count - 1);
        finished.Add(id);
    }
}
