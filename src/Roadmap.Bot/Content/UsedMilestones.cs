using Roadmap.Bot.Text;

namespace Roadmap.Bot.Content;

/// <summary>
/// A milestone's <c>uses:</c> names the milestones that teach the tools its checklist and resources
/// take for granted (Docker, tests, git, SQL). Each must come first: a prerequisite, directly or
/// through the prerequisites' own, so that /next never asks for a tool before it has been taught.
/// </summary>
internal static class UsedMilestones
{
    public static IEnumerable<ContentProblem> Check(IReadOnlyList<Milestone> milestones, HashSet<string> milestoneIds)
    {
        var byId = new Dictionary<string, Milestone>(StringComparer.Ordinal);
        foreach (var milestone in milestones)
        {
            byId.TryAdd(milestone.Id, milestone);
        }

        var problems = new List<ContentProblem>();
        foreach (var milestone in milestones.Where(m => m.Uses.Count > 0))
        {
            var at = milestone.Source.At("uses");
            var before = Before(milestone, byId);
            foreach (var used in milestone.Uses)
            {
                if (used == milestone.Id)
                {
                    problems.Add(new ContentProblem(at, $"`{used}` lists itself in `uses`.", "List only other milestones whose tools this one needs."));
                }
                else if (!milestoneIds.Contains(used))
                {
                    problems.Add(new ContentProblem(at, $"`{milestone.Id}` uses `{used}`, which is not a milestone.{DidYouMean.Suffix(used, milestoneIds)}", "Use an id from track.yml."));
                }
                else if (!before.Contains(used))
                {
                    problems.Add(new ContentProblem(at, $"`{milestone.Id}` uses `{used}`, but `{used}` is not among its prerequisites, directly or through theirs.", $"Add `{used}` to the prerequisites of `{milestone.Id}` (or of one of them), so a learner meets it first."));
                }
            }
        }

        return problems;
    }

    /// <summary>Every milestone reachable through prerequisites; a cycle is reported elsewhere, so it just stops the walk.</summary>
    private static HashSet<string> Before(Milestone milestone, Dictionary<string, Milestone> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(milestone.Prerequisites);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id) || !byId.TryGetValue(id, out var prerequisite))
            {
                continue;
            }

            foreach (var next in prerequisite.Prerequisites)
            {
                pending.Push(next);
            }
        }

        return seen;
    }
}
