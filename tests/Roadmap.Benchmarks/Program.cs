using System.Globalization;
using BenchmarkDotNet.Running;
using Roadmap.Benchmarks;
using Roadmap.Benchmarks.Load;
using Roadmap.Benchmarks.Nudges;
using Roadmap.Benchmarks.Pictures;

// `latency [operations] [warm-up]` times single operations; anything else goes to BenchmarkDotNet.
if (args is ["latency", .. var rest])
{
    var operations = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : LatencyRun.DefaultOperations;
    var warmup = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : LatencyRun.DefaultWarmup;
    return await LatencyRun.RunAsync(operations, warmup, Console.Out, CancellationToken.None);
}

// `cohorts [operations] [warm-up] [digest rounds]`: issue 12's boards on the 5,000-member cohort, then the 200 digests.
if (args is ["cohorts", .. var cohortArgs])
{
    var operations = cohortArgs.Length > 0 ? int.Parse(cohortArgs[0], CultureInfo.InvariantCulture) : 5_000;
    var warmup = cohortArgs.Length > 1 ? int.Parse(cohortArgs[1], CultureInfo.InvariantCulture) : 500;
    var rounds = cohortArgs.Length > 2 ? int.Parse(cohortArgs[2], CultureInfo.InvariantCulture) : 10;
    var boards = await LatencyRun.RunAsync(CohortScenarios.All, operations, warmup, Console.Out, CancellationToken.None);
    await using var host = await CoachHost.StartAsync(TextWriter.Null, CancellationToken.None);
    return await DigestRun.RunAsync(host, rounds, Console.Out, CancellationToken.None) ? boards : 1;
}

// `done-triggers [operations per round] [rounds]`: /done with and without the board triggers, interleaved, on a copy.
if (args is ["done-triggers", .. var doneArgs])
{
    var operations = doneArgs.Length > 0 ? int.Parse(doneArgs[0], CultureInfo.InvariantCulture) : 1_000;
    var rounds = doneArgs.Length > 1 ? int.Parse(doneArgs[1], CultureInfo.InvariantCulture) : 6;
    return await DoneTriggerRun.RunAsync(operations, rounds, Console.Out, CancellationToken.None);
}

// `load [seconds] [rates...]` runs the real bot as its own process against the fake Discord.
if (args is ["load", .. var loadArgs])
{
    var seconds = loadArgs.Length > 0 ? int.Parse(loadArgs[0], CultureInfo.InvariantCulture) : LoadRun.DefaultSeconds;
    var rates = loadArgs.Length > 1 ? loadArgs[1..].Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray() : LoadRun.DefaultRates;
    return await LoadRun.RunAsync(seconds, rates, Console.Out, CancellationToken.None);
}

// `load-roadmap [seconds] [roadmap/s] [rate/s]`: issue 14's /roadmap from members asking for the first time, inside the mix.
if (args is ["load-roadmap", .. var roadmapArgs])
{
    var seconds = roadmapArgs.Length > 0 ? int.Parse(roadmapArgs[0], CultureInfo.InvariantCulture) : RoadmapLoadRun.DefaultSeconds;
    var roadmapRate = roadmapArgs.Length > 1 ? int.Parse(roadmapArgs[1], CultureInfo.InvariantCulture) : RoadmapLoadRun.DefaultRoadmapRate;
    var rate = roadmapArgs.Length > 2 ? int.Parse(roadmapArgs[2], CultureInfo.InvariantCulture) : RoadmapLoadRun.DefaultRate;
    return await RoadmapLoadRun.RunAsync(seconds, roadmapRate, rate, Console.Out, CancellationToken.None);
}

// `nudges [members]`: members all due in one minute, delivered by the real bot under the global limit.
if (args is ["nudges", .. var nudgeArgs])
{
    var members = nudgeArgs.Length > 0 ? int.Parse(nudgeArgs[0], CultureInfo.InvariantCulture) : NudgeLoadRun.DefaultMembers;
    return await NudgeLoadRun.RunAsync(members, Console.Out, CancellationToken.None);
}

// `pictures [renders] [memory-renders]`: render + encode of the map and the weeks chart, and memory over a long run.
if (args is ["pictures", .. var pictureArgs])
{
    var renders = pictureArgs.Length > 0 ? int.Parse(pictureArgs[0], CultureInfo.InvariantCulture) : PictureRun.DefaultRenders;
    var memoryRenders = pictureArgs.Length > 1 ? int.Parse(pictureArgs[1], CultureInfo.InvariantCulture) : PictureRun.DefaultMemoryRenders;
    return PictureRun.Run(renders, memoryRenders, Console.Out);
}

// Generate (or find) the database here, once, and report how long it took; the benchmark
// processes BenchmarkDotNet starts then find it cached.
await (await CoachHost.StartAsync(Console.Out, CancellationToken.None)).DisposeAsync();
var summaries = BenchmarkSwitcher.FromAssembly(typeof(CoachHost).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
