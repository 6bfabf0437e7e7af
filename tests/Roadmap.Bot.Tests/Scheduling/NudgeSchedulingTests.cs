using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting;
using Roadmap.Bot.Members;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Privacy;
using Roadmap.Bot.Scheduling;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Scheduling;

/// <summary>The real host with Quartz on a FakeTimeProvider: the clock reaching the due minute fires the sweep.</summary>
public sealed class NudgeSchedulingTests : IAsyncLifetime
{
    private const ulong Ada = InteractionFactory.MemberId;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-sched-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(BotHarness.Start); // Sunday 22 November 2026, 10:00 UTC

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Host_ClockReachesTheDueMinute_SenderGetsExactlyOneNudge()
    {
        var sender = new FakeNudgeSender();
        using var host = Build(sender);
        await host.Services.GetRequiredService<DatabaseStartup>().ReadyAsync();
        await host.StartAsync();
        await host.Services.GetServices<IHostedService>().OfType<SchedulerHost>().Single().Started.WaitAsync(TimeSpan.FromSeconds(30));
        await host.Services.GetRequiredService<MemberStore>().UpdateSettingsAsync(Ada, m => m with { TimeZone = "UTC" }, CancellationToken.None);
        var on = await host.Services.GetRequiredService<NudgeService>().TurnOnAsync(Ada, IsoDayOfWeek.Sunday, new LocalTime(10, 1), CancellationToken.None);
        var due = on.Settings.NextDueAt!.Value;
        Assert.Equal(BotHarness.Start.AddMinutes(1), due);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var received = await sender.FirstReceived.WaitAsync(TimeSpan.FromSeconds(30));
        // Stopping waits for a running sweep to finish, so everything it would do is done.
        await host.StopAsync();

        Assert.Equal(new DueNudge(Ada, due, IsLate: false, DmChannelId: null), received);
        Assert.Single(sender.Received);
        var export = await host.Services.GetRequiredService<PrivacyStore>().ExportAsync(Ada, CancellationToken.None);
        Assert.Equal(NudgeRowState.Sent, Assert.Single(export.Nudges).State);
    }

    [Fact]
    public async Task Host_RoadmapThatDidNotLoad_NeverStartsTheScheduler()
    {
        var loading = Task.FromException<RoadmapContent>(new InvalidContentException(_folder, [new ContentProblem(new SourceLocation("stacks.yml", 1), "The file is missing.", "Create it.")]));
        using var host = Build(new FakeNudgeSender(), loading);
        await host.Services.GetRequiredService<DatabaseStartup>().ReadyAsync();

        await host.StartAsync();
        await host.Services.GetServices<IHostedService>().OfType<SchedulerHost>().Single().Started.WaitAsync(TimeSpan.FromSeconds(30));
        var scheduler = await host.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await host.StopAsync();

        // Started, its sweep at start would fail to build (it needs the roadmap) with an error of its own.
        Assert.Equal(Quartz.SchedulerStatus.Created, scheduler.Status);
    }

    [Fact]
    public async Task Host_RoadmapStillLoading_StartsTheSchedulerOnceItHasLoaded()
    {
        var loaded = new TaskCompletionSource<RoadmapContent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = Build(new FakeNudgeSender(), loaded.Task);
        await host.Services.GetRequiredService<DatabaseStartup>().ReadyAsync();

        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        var statusEarly = scheduler.Status;
        loaded.SetResult(ContentLoader.LoadValid(RepositoryPaths.Content));
        await host.Services.GetServices<IHostedService>().OfType<SchedulerHost>().Single().Started.WaitAsync(TimeSpan.FromSeconds(30));
        var statusAfter = scheduler.Status;
        await host.StopAsync();

        Assert.Equal(Quartz.SchedulerStatus.Created, statusEarly);
        Assert.Equal(Quartz.SchedulerStatus.Running, statusAfter);
    }

    private IHost Build(FakeNudgeSender sender, Task<RoadmapContent>? loading = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = Path.Combine(_folder, "roadmap.db") });
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddRoadmapCoach(loading ?? Task.FromResult(ContentLoader.LoadValid(RepositoryPaths.Content)));
        builder.Services.AddSingleton<INudgeSender>(sender);
        builder.Services.AddScheduling();
        return builder.Build();
    }
}
