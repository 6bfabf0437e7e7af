using System.Text.RegularExpressions;
using Roadmap.Bot.Text;

namespace Roadmap.Bot.Content;

/// <summary>The checks that span files: ids, references between files, prerequisite cycles, and the rules per item.</summary>
internal static partial class ContentValidator
{
    public const int MaxIdLength = 48;

    public static IEnumerable<ContentProblem> Validate(ContentDraft draft)
    {
        var problems = new List<ContentProblem>();
        var stackIds = CheckIds(draft.Stacks, s => s.Id, s => s.Source, "stack", problems);
        var milestoneIds = CheckIds(draft.Milestones, m => m.Id, m => m.Source, "milestone", problems);
        CheckIds(draft.Projects, p => p.Id, p => p.Source, "project idea", problems);
        if (draft.Track is { } track)
        {
            CheckIds(track.Stages, s => s.Id, s => s.Source, "stage", problems);
            CheckStageMembership(track, draft.Milestones, milestoneIds, problems);
        }

        foreach (var milestone in draft.Milestones)
        {
            MilestoneRules.Check(milestone, milestoneIds, stackIds, draft.Stacks, problems);
        }

        foreach (var project in draft.Projects)
        {
            CheckProject(project, milestoneIds, problems);
        }

        problems.AddRange(PrerequisiteCycles.Find(draft.Milestones));
        problems.AddRange(UsedMilestones.Check(draft.Milestones, milestoneIds));
        return problems;
    }

    public static bool IsValidId(string id) => id.Length <= MaxIdLength && IdPattern().IsMatch(id);

    private static HashSet<string> CheckIds<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> source, string what, List<ContentProblem> problems)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = id(item);
            var at = source(item).At("id");
            if (value.Length == 0)
            {
                continue;
            }

            if (!IsValidId(value))
            {
                problems.Add(new ContentProblem(at, $"The {what} id `{value}` is not lowercase kebab-case.", $"Use lowercase letters, digits and single hyphens, at most {MaxIdLength} characters, like `http-basics`."));
            }

            if (seen.TryGetValue(value, out var first))
            {
                problems.Add(new ContentProblem(at, $"The {what} id `{value}` is already used at {first}.", "Give each one its own id; ids never change once shipped, so rename the new one."));
                continue;
            }

            seen[value] = at;
            CheckFileName(value, source(item), what, problems);
        }

        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static void CheckFileName(string id, SourceLocation source, string what, List<ContentProblem> problems)
    {
        if (what is "stack" or "stage")
        {
            return;
        }

        var fileName = Path.GetFileNameWithoutExtension(source.File);
        if (!string.Equals(fileName, id, StringComparison.Ordinal))
        {
            problems.Add(new ContentProblem(source.At("id"), $"The {what} `{id}` is in a file named `{fileName}`.", $"Name the file `{id}.yml` so it can be found by its id."));
        }
    }

    private static void CheckStageMembership(Track track, IReadOnlyList<Milestone> milestones, HashSet<string> milestoneIds, List<ContentProblem> problems)
    {
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in track.Stages)
        {
            if (stage.MilestoneIds.Count == 0)
            {
                problems.Add(new ContentProblem(stage.Source.At("milestones"), $"The stage `{stage.Id}` has no milestones.", "List the milestone ids of this stage in order, or remove the stage."));
            }

            foreach (var id in stage.MilestoneIds)
            {
                if (!milestoneIds.Contains(id))
                {
                    problems.Add(new ContentProblem(stage.Source.At("milestones"), $"The stage `{stage.Id}` lists `{id}`, but no milestone has that id.{DidYouMean.Suffix(id, milestoneIds)}", $"Add milestones/{id}.yml or correct the id."));
                }
                else if (!placed.TryAdd(id, stage.Id))
                {
                    problems.Add(new ContentProblem(stage.Source.At("milestones"), $"`{id}` is listed in stage `{placed[id]}` and again in `{stage.Id}`.", "A milestone belongs to exactly one stage; remove one of the two."));
                }
            }
        }

        foreach (var milestone in milestones.Where(m => m.Id.Length > 0 && !placed.ContainsKey(m.Id)))
        {
            problems.Add(new ContentProblem(milestone.Source.At("id"), $"The milestone `{milestone.Id}` is not in any stage of track.yml.", "Add its id to the stage it belongs to, in order; stage membership lives only in track.yml."));
        }
    }

    private static void CheckProject(ProjectIdea project, HashSet<string> milestoneIds, List<ContentProblem> problems)
    {
        foreach (var id in project.MilestoneIds.Where(id => !milestoneIds.Contains(id)))
        {
            problems.Add(new ContentProblem(project.Source.At("milestones"), $"The project `{project.Id}` exercises `{id}`, but no milestone has that id.{DidYouMean.Suffix(id, milestoneIds)}", "Use ids from tracks/backend/track.yml."));
        }

        if (project.Requirements.Count == 0)
        {
            problems.Add(new ContentProblem(project.Source.At("requirements"), $"The project `{project.Id}` has no requirements.", "List what a finished build must do, one `- ` line each."));
        }

        if (project.Hours is < 1 or > 500)
        {
            problems.Add(new ContentProblem(project.Source.At("hours"), $"`hours` must be between 1 and 500, not {project.Hours}.", "Estimate the hours a learner at this level would need."));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
