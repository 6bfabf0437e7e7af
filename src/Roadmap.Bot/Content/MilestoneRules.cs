using Roadmap.Bot.Text;




namespace Roadmap.Bot.Content;

/// <summary>The rules one milestone must meet on its own and against the known ids.</summary>
internal static class MilestoneRules
{
    public const int MinChecklist = 3;
    public const int MaxChecklist = 6;
    public const int MinResources = 3;

    public static void Check(Milestone milestone, HashSet<string> milestoneIds, HashSet<string> stackIds, IReadOnlyList<StackDefinition> stacks, List<ContentProblem> problems)
    {
        var at = milestone.Source;
        foreach (var id in milestone.Prerequisites)
        {
            if (id == milestone.Id)
            {
                problems.Add(new ContentProblem(at.At("prerequisites"), $"`{id}` lists itself as a prerequisite.", "Remove it from its own prerequisites."));
            }
            else if (!milestoneIds.Contains(id))
            {
                problems.Add(new ContentProblem(at.At("prerequisites"), $"The prerequisite `{id}` is not a milestone.{DidYouMean.Suffix(id, milestoneIds)}", "Use an id from track.yml."));
            }
        }

        if (milestone.Hours is < 1 or > 500)
        {
            problems.Add(new ContentProblem(at.At("hours"), $"`hours` must be between 1 and 500, not {milestone.Hours}.", "Estimate the hours a beginner needs to work through the checklist."));
        }

        if (milestone.Checklist.Count == 0)
        {
            problems.Add(new ContentProblem(at.At("checklist"), $"The checklist of `{milestone.Id}` is empty.", $"Give {MinChecklist} to {MaxChecklist} things a learner can do and tick."));
        }
        else if (milestone.Checklist.Count is < MinChecklist or > MaxChecklist)
        {
            problems.Add(new ContentProblem(at.At("checklist"), $"The checklist of `{milestone.Id}` has {milestone.Checklist.Count} items.", $"Keep it to {MinChecklist} to {MaxChecklist} items; split the milestone if there is more."));
        }

        CheckResources(milestone, stackIds, stacks, problems);
    }

    private static void CheckResources(Milestone milestone, HashSet<string> stackIds, IReadOnlyList<StackDefinition> stacks, List<ContentProblem> problems)
    {
        var at = milestone.Source;
        if (milestone.Resources.Count < MinResources)
        {
            problems.Add(new ContentProblem(at.At("resources"), $"`{milestone.Id}` has {milestone.Resources.Count} resources; at least {MinResources} are needed.", "Add more, official documentation first."));
        }

        var urls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in milestone.Resources)
        {
            if (resource.Url.Scheme != Uri.UriSchemeHttps)
            {
                problems.Add(new ContentProblem(resource.Source.At("url"), $"`{resource.Url}` is not an https address.", "Link the https version of the page; learners should never be sent over plain http."));
            }

            if (!urls.Add(resource.Url.AbsoluteUri))
            {
                problems.Add(new ContentProblem(resource.Source.At("url"), $"`{resource.Url}` is listed twice in `{milestone.Id}`.", "Keep one of the two."));
            }

            foreach (var stack in resource.Stacks.Where(s => !stackIds.Contains(s)))
            {
                problems.Add(new ContentProblem(resource.Source.At("stacks"), $"`{stack}` is not a stack.{DidYouMean.Suffix(stack, stackIds)}", $"Use ids from stacks.yml: {string.Join(", ", stackIds.Order(StringComparer.Ordinal))}."));
            }
        }

        if (!milestone.IsStackSpecific)
        {
            return;
        }

        foreach (var stack in stacks.Where(s => !milestone.Resources.Any(r => r.IsFor(s.Id))))
        {
            problems.Add(new ContentProblem(at.At("stack_specific"), $"`{milestone.Id}` depends on the learner's stack but has nothing for {stack.Language} (`{stack.Id}`).", $"Add a resource with `stacks: [{stack.Id}]`, official documentation first."));
        }
    }
}
