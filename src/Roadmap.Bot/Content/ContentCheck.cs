using System.Globalization;
using Roadmap.Bot.Progress;

namespace Roadmap.Bot.Content;

/// <summary>`content check [folder]`: a summary and exit code 0 for good content, every problem and 1 otherwise.</summary>
internal static class ContentCheck
{
    /// <param name="folder">The content folder.</param>
    /// <param name="output">Where the summary or the problems go.</param>
    /// <param name="pictureCheck">The checks of what pictures show (the map's box titles); passed in because pictures are drawn by features that depend on Content.</param>
    public static int Run(string folder, TextWriter output, Func<ContentDraft, IEnumerable<ContentProblem>> pictureCheck)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(pictureCheck);
        var result = ContentLoader.Load(folder, pictureCheck);
        if (!result.IsValid)
        {
            WriteProblems(folder, result.Problems, output);
            return 1;
        }

        WriteSummary(folder, result.Content!, output);
        return 0;
    }

    private static void WriteProblems(string folder, IReadOnlyList<ContentProblem> problems, TextWriter output)
    {
        foreach (var problem in problems)
        {
            var file = Shorten(Path.Combine(folder, problem.Location.File));
            output.WriteLine(Invariant($"{file}:{problem.Location.Line}: {problem.Message}"));
            output.WriteLine($"    fix: {problem.Hint}");
        }

        var count = problems.Count == 1 ? "1 problem" : Invariant($"{problems.Count} problems");
        output.WriteLine();
        output.WriteLine($"{count} found in {folder}. Fix them and run `content check` again.");
    }

    private static void WriteSummary(string folder, RoadmapContent content, TextWriter output)
    {
        var resources = content.Milestones.SelectMany(m => m.Resources).ToList();
        output.WriteLine($"Content in {folder} is valid.");
        output.WriteLine();
        output.WriteLine(Invariant($"{content.Track.Title}: {content.Track.Stages.Count} stages, {content.Milestones.Count} milestones, {content.Milestones.Sum(m => m.Hours)} hours in all"));
        WriteStages(content, output);

        output.WriteLine();
        var official = resources.Count(r => r.Kind == ResourceKind.Official);
        var free = resources.Count(r => r.IsFree);
        output.WriteLine(Invariant($"Resources: {resources.Count} ({official} official, {free} free)"));
        var levels = Enum.GetValues<ProjectLevel>().Select(level => Invariant($"{content.Projects.Count(p => p.Level == level)} {level.ToString().ToLowerInvariant()}"));
        output.WriteLine(Invariant($"Project ideas: {content.Projects.Count} ({string.Join(", ", levels)})"));
        var stackSpecific = content.Milestones.Count(m => m.IsStackSpecific);
        output.WriteLine(Invariant($"Stacks covered: {content.Stacks.Count}, each with resources on all {stackSpecific} stack-specific milestones"));
        foreach (var stack in content.Stacks)
        {
            var count = resources.Count(r => r.IsFor(stack.Id));
            output.WriteLine(Invariant($"  {stack.Id,-10} {stack.Language,-22} {count,3} resources  ({string.Join(", ", stack.Frameworks)})"));
        }
    }

    /// <summary>
    /// One line per stage with its hours and, along the order /next leads a learner, the cumulative
    /// hours at which the stage is first reached and finished, so an author sees the effect of a move.
    /// </summary>
    private static void WriteStages(RoadmapContent content, TextWriter output)
    {
        var order = LearningOrder.Follow(content);
        output.WriteLine("  Cumulative hours follow the order /next suggests (from the hour a stage is first reached to the hour it is finished).");
        var number = 0;
        foreach (var stage in content.Track.Stages)
        {
            var milestones = content.MilestonesOf(stage).ToList();
            var reached = order.Where(step => content.StageOf(step.Milestone) == stage).ToList();
            var from = reached.Min(step => step.StartsAt);
            var to = reached.Max(step => step.EndsAt);
            number++;
            output.WriteLine(Invariant($"  {number,2}. {stage.Title,-42} {milestones.Count,2} milestones, {milestones.Sum(m => m.Hours),4} h, hours {from,4} to {to,4}"));
        }
    }

    /// <summary>A path relative to the working directory when the file is below it, so it is short and clickable.</summary>
    private static string Shorten(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
