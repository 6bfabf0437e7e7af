namespace Roadmap.Discord.Tests.Gateway;

/// <summary>
/// The soak runs alone: it hooks the process-wide UnobservedTaskException event and measures timings
/// that other tests running at the same time would distort.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakDefinition
{
    public const string Name = "Gateway soak";
}
