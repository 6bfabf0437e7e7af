using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Pictures;

namespace Roadmap.Bot.Tests.Pictures;

/// <summary>How a drawing becomes an attachment or nothing: off, failing, cached, bounded, and one at a time.</summary>
public sealed class PictureMakerTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];

    [Fact]
    public async Task Make_DrawingFailsEveryTime_GivesNoPicture_AndLogsOnlyTheFirstFailure()
    {
        var logger = new FakeLogger<PictureMaker>();
        using var maker = new PictureMaker(Options.Create(new PicturesOptions()), logger);

        var results = new List<Discord.Interactions.ReplyFile?>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await maker.MakeAsync("roadmap.png", $"key-{i}", "alt", () => throw new DllNotFoundException("libSkiaSharp"), CancellationToken.None));
        }

        Assert.All(results, Assert.Null);
        var logged = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.IsType<DllNotFoundException>(logged.Exception);
        Assert.Contains("roadmap.png", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Make_PicturesOff_DrawsNothing()
    {
        using var maker = new PictureMaker(Options.Create(new PicturesOptions { Enabled = false }), new FakeLogger<PictureMaker>());
        var drawn = 0;

        var result = await maker.MakeAsync("roadmap.png", "key", "alt", () => { drawn++; return Png; }, CancellationToken.None);

        Assert.Null(result);
        Assert.Equal(0, drawn);
    }

    [Fact]
    public async Task Make_SameKeyAgain_DrawsOnce_AndTheCacheKeepsOnlyTheMostRecent()
    {
        using var maker = new PictureMaker(Options.Create(new PicturesOptions { CacheSize = 2 }), new FakeLogger<PictureMaker>());
        var drawn = new List<string>();
        byte[] Draw(string key)
        {
            drawn.Add(key);
            return Png;
        }

        foreach (var key in new[] { "a", "a", "b", "a", "c", "a", "b" })
        {
            Assert.Equal(Png, (await maker.MakeAsync("x.png", key, "alt", () => Draw(key), CancellationToken.None))!.Content.ToArray());
        }

        // "b" was the least recently asked for when "c" came, so it is drawn again; "a" never is.
        Assert.Equal(["a", "b", "c", "b"], drawn);
        Assert.Equal(2, maker.Cached);
    }

    [Fact]
    public async Task Make_Cached_IsDoneAtOnce_WithoutWaitingForTheLane()
    {
        using var maker = new PictureMaker(Options.Create(new PicturesOptions()), new FakeLogger<PictureMaker>());
        await maker.MakeAsync("x.png", "ready", "alt", () => Png, CancellationToken.None);
        using var release = new ManualResetEventSlim();
        var busy = maker.MakeAsync("x.png", "slow", "alt", () => Held(release), CancellationToken.None);

        var again = maker.MakeAsync("x.png", "ready", "alt", () => throw new InvalidOperationException("drawn twice"), CancellationToken.None);

        Assert.True(again.IsCompletedSuccessfully);
        Assert.NotNull(await again);
        release.Set();
        Assert.NotNull(await busy);
    }

    [Fact]
    public async Task Make_DrawsOneAtATime_AndWhenTooManyWait_TheNextGoesWithoutAPicture()
    {
        using var maker = new PictureMaker(Options.Create(new PicturesOptions()), new FakeLogger<PictureMaker>());
        using var release = new ManualResetEventSlim();
        var running = 0;
        var mostAtOnce = 0;
        byte[] Draw()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            Held(release);
            Interlocked.Decrement(ref running);
            return Png;
        }

        var waiting = Enumerable.Range(0, PictureMaker.MaxWaiting)
            .Select(i => maker.MakeAsync("x.png", $"key-{i}", "alt", Draw, CancellationToken.None).AsTask())
            .ToList();
        var oneTooMany = maker.MakeAsync("x.png", "one-too-many", "alt", Draw, CancellationToken.None);

        Assert.True(oneTooMany.IsCompletedSuccessfully);
        Assert.Null(await oneTooMany);
        release.Set();
        var drawn = await Task.WhenAll(waiting);
        Assert.All(drawn, file => Assert.Equal(Png, file!.Content.ToArray()));
        Assert.Equal(1, mostAtOnce);
        Assert.NotNull(await maker.MakeAsync("x.png", "after-the-burst", "alt", () => Png, CancellationToken.None));
    }

    [Fact]
    public async Task Make_LongDescription_IsShortenedToDiscordsLimit()
    {
        using var maker = new PictureMaker(Options.Create(new PicturesOptions()), new FakeLogger<PictureMaker>());

        var file = (await maker.MakeAsync("x.png", "key", new string('a', 2000), () => Png, CancellationToken.None))!;

        Assert.Equal(PictureMaker.MaxDescription, file.Description!.Length);
        Assert.EndsWith("…", file.Description, StringComparison.Ordinal);
    }

    /// <summary>A drawing that lasts until the test lets it finish (it runs on the picture lane, not the test's thread).</summary>
    private static byte[] Held(ManualResetEventSlim release)
    {
        release.Wait(TimeSpan.FromSeconds(30));
        return Png;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
