using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Roadmap.Discord.Tests.Gateway.Fakes;
using Xunit.Abstractions;

namespace Roadmap.Discord.Tests.Gateway;

[Collection(TimingSensitive.Name)]
public sealed class GatewaySoakTests(ITestOutputHelper output)
{
    private const int Disconnects = 200;

    [Fact]
    public async Task RunAsync_200MixedDisconnectsWhileDispatching_DeliversEveryInteractionOnceWithRequiredIdentifiesOnly()
    {
        // Finalize what earlier tests left behind, so only this soak's tasks are judged.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var unobserved = new ConcurrentQueue<Exception>();
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += onUnobserved;
        try
        {
            var figures = await SoakAsync();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            output.WriteLine(figures.Report(unobserved.Count));
            Assert.Equal(figures.Dispatched, figures.Delivered);
            Assert.Equal(0, figures.Duplicates);
            Assert.Equal(0, figures.Missing);
            Assert.Equal(0, figures.OutOfOrder);
            Assert.Equal(figures.RequiredIdentifies, figures.Identifies);
            Assert.Equal(0, figures.SessionStartViolations);
            Assert.Equal(0, figures.ProtocolViolationCloses);
            Assert.Empty(unobserved);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= onUnobserved;
        }
    }

    private static async Task<SoakFigures> SoakAsync()
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(4);
        var injected = new Dictionary<string, int>();
        var recoveries = new List<TimeSpan>();
        // The system clock: the soak reports real recovery times, and its zombie fault needs heartbeats.
        await using var gateway = await LiveGateway.StartAsync(arrange: fake => fake.HeartbeatInterval = TimeSpan.FromMilliseconds(150), clock: TimeProvider.System);
        await gateway.WaitForEventsAsync("READY", 1);
        using var stopDispatching = new CancellationTokenSource();
        var dispatcher = DispatchContinuouslyAsync(gateway, stopDispatching.Token);

        for (var i = 0; i < Disconnects; i++)
        {
            var sessionStarts = gateway.Count("READY") + gateway.Count("RESUMED");
            var fault = SoakFault.All[random.Next(SoakFault.All.Count)];
            await fault.InjectAsync(gateway.Fake);
            injected[fault.Name] = injected.GetValueOrDefault(fault.Name) + 1;
            var faultAt = clock.Elapsed;
            await WaitUntilBackAsync(gateway, sessionStarts);
            recoveries.Add(clock.Elapsed - faultAt);
        }

        await stopDispatching.CancelAsync();
        var dispatched = await dispatcher;
        await gateway.WaitForEventsAsync("INTERACTION_CREATE", dispatched, TimeSpan.FromSeconds(20));
        // Stopping ends the client's event stream: a duplicate still on its way would be in it by then.
        await gateway.StopAsync();

        var ids = GatewayIntegrationTests.InteractionIds(gateway);
        var expected = Enumerable.Range(1, dispatched).Select(n => n.ToString(CultureInfo.InvariantCulture));
        var requiredIdentifies = 1 + SoakFault.All.Where(f => f.NeedsNewSession).Sum(f => injected.GetValueOrDefault(f.Name));
        var serverCloses = gateway.Fake.Closes.Where(c => !c.ByClient && c.Code is not null).GroupBy(c => c.Code!.Value).ToDictionary(g => g.Key, g => g.Count());
        var injectedCloses = injected.Where(kv => kv.Key.StartsWith("close ", StringComparison.Ordinal)).Sum(kv => kv.Value);
        return new SoakFigures(
            clock.Elapsed,
            injected,
            dispatched,
            ids.Count,
            ids.Count - ids.Distinct().Count(),
            expected.Except(ids).Count(),
            ids.Zip(ids.Skip(1)).Count(pair => int.Parse(pair.First!, CultureInfo.InvariantCulture) > int.Parse(pair.Second!, CultureInfo.InvariantCulture)),
            requiredIdentifies,
            gateway.Fake.IdentifyCount,
            gateway.Fake.ResumeCount,
            gateway.Fake.ConnectionCount,
            gateway.Fake.ReceivedFrames.Count(f => f.Op == 1),
            gateway.Fake.SessionStartLimit.Violations,
            serverCloses.Values.Sum() - injectedCloses,
            recoveries);
    }

    /// <summary>Waits until the client has a new READY or RESUMED and the fake sends it events live again.</summary>
    private static async Task WaitUntilBackAsync(LiveGateway gateway, int sessionStartsBefore)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!(gateway.Fake.IsClientAttached && gateway.Count("READY") + gateway.Count("RESUMED") > sessionStartsBefore))
        {
            Assert.False(gateway.Run.IsCompleted, "The client stopped: " + gateway.Run.Exception);
            await Task.Delay(2, deadline.Token);
        }
    }

    /// <summary>Dispatches INTERACTION_CREATE with ids 1, 2, 3... every couple of milliseconds; returns how many.</summary>
    private static async Task<int> DispatchContinuouslyAsync(LiveGateway gateway, CancellationToken stop)
    {
        await Task.Yield();
        var sent = 0;
        while (!stop.IsCancellationRequested)
        {
            await gateway.Fake.DispatchAsync("INTERACTION_CREATE", GatewayIntegrationTests.Interaction(++sent));
            await Task.Delay(2, CancellationToken.None);
        }

        return sent;
    }
}
