namespace Roadmap.Bot.Content;

/// <summary>
/// The checked, immutable roadmap: the track, its milestones in track order, the stacks and the
/// project ideas, with lookups by id. Only built from content that passed validation.
///
/// Public with internal members only because the load benchmark's public types
/// (tests/Roadmap.Benchmarks/Load) take it in their signatures; make it internal with them.
/// </summary>
public sealed class RoadmapContent
{
    private readonly Dictionary<string, Milestone> _milestones;
    private readonly Dictionary<string, Stage> _stageOf;
    private readonly Dictionary<string, ProjectIdea> _projects;
    private readonly Dictionary<string, int> _order;

    internal RoadmapContent(Track track, IReadOnlyList<StackDefinition> stacks, IReadOnlyList<Milestone> milestones, IReadOnlyList<ProjectIdea> projects)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(milestones);
        Track = track;
        Stacks = stacks;
        var byId = milestones.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _stageOf = track.Stages.SelectMany(s => s.MilestoneIds.Select(id => (id, s))).ToDictionary(p => p.id, p => p.s, StringComparer.Ordinal);
        Milestones = track.Stages.SelectMany(s => s.MilestoneIds).Select(id => byId[id]).ToList();
        _milestones = byId;
        _order = Milestones.Select((m, index) => (m.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        Projects = projects.OrderBy(p => p.Level).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        _projects = projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    internal Track Track { get; }

    internal IReadOnlyList<StackDefinition> Stacks { get; }

    /// <summary>Every milestone in track order: stage by stage, in the order track.yml lists them.</summary>
    internal IReadOnlyList<Milestone> Milestones { get; }

    internal IReadOnlyList<ProjectIdea> Projects { get; }

    internal Milestone? FindMilestone(string id) => _milestones.GetValueOrDefault(id);

    internal ProjectIdea? FindProject(string id) => _projects.GetValueOrDefault(id);

    internal StackDefinition? FindStack(string id) => Stacks.FirstOrDefault(s => s.Id == id);

    internal Stage? FindStage(string id) => Track.Stages.FirstOrDefault(s => s.Id == id);

    internal Stage StageOf(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return _stageOf[milestone.Id];
    }

    /// <summary>The position of a milestone in track order, starting at 0.</summary>
    internal int OrderOf(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return _order[milestone.Id];
    }

    internal IEnumerable<Milestone> MilestonesOf(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.MilestoneIds.Select(id => _milestones[id]);
    }

    internal IEnumerable<ProjectIdea> ProjectsFor(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return Projects.Where(p => p.MilestoneIds.Contains(milestone.Id, StringComparer.Ordinal));
    }
}
