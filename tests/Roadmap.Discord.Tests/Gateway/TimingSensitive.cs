namespace Roadmap.Discord.Tests.Gateway;

/// <summary>
/// Tests that run alone, after the parallel ones: the soak, which hooks the process-wide
/// UnobservedTaskException event and would count other tests' faulted tasks as its own, and which runs
/// the real client over real sockets on the system clock. (The heartbeat tests used to run here too,
/// when a 1000× clock turned a CPU stall into a missed ACK; on the scripted fake clock they need not.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive gateway tests";
}
