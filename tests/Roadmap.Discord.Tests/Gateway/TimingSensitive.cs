namespace Roadmap.Discord.Tests.Gateway;

/// <summary>
/// Tests that run alone, after the parallel ones: the soak (it hooks the process-wide
/// UnobservedTaskException event) and the heartbeat tests, whose 1000× clock turns a 200 ms CPU stall
/// (two cores, a dozen Kestrel servers starting in parallel tests) into a missed ACK and a zombie.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive gateway tests";
}
