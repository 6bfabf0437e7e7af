using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Pictures;

namespace Roadmap.Bot.Tests.Pictures;

/// <summary>How a drawing becomes an attachment or nothing: off, failing, cached and bounded.</summary>
public sealed class PictureMakerTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];

    [Fact]
    public void Make_DrawingFailsEveryTime_GivesNoPicture_AndLogsOnlyTheFirstFailure()
    {
        var logger = new FakeLogger<PictureMaker>();
        var maker = new PictureMaker(Options.Create(new PicturesOptions()), logger);

        var results = Enumerable.Range(0, 3)
            .Select(i => maker.Make("roadmap.png", $"key-{i}", "alt", () => throw new DllNotFoundException("libSkiaSharp")))
            .ToList();

        Assert.All(results, Assert.Null);
        var logged = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.IsType<DllNotFoundException>(logged.Exception);
        Assert.Contains("roadmap.png", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Make_PicturesOff_DrawsNothing()
    {
        var maker = new PictureMaker(Options.Create(new PicturesOptions { Enabled = false }), new FakeLogger<PictureMaker>());
        var drawn = 0;

        var result = maker.Make("roadmap.png", "key", "alt", () => { drawn++; return Png; });

        Assert.Null(result);
        Assert.Equal(0, drawn);
    }

    [Fact]
    public void Make_SameKeyAgain_DrawsOnce_AndTheCacheKeepsOnlyTheMostRecent()
    {
        var maker = new PictureMaker(Options.Create(new PicturesOptions { CacheSize = 2 }), new FakeLogger<PictureMaker>());
        var drawn = new List<string>();
        byte[] Draw(string key)
        {
            drawn.Add(key);
            return Png;
        }

        foreach (var key in new[] { "a", "a", "b", "a", "c", "a", "b" })
        {
            Assert.Equal(Png, maker.Make("x.png", key, "alt", () => Draw(key))!.Content.ToArray());
        }

        // "b" was the least recently asked for when "c" came, so it is drawn again; "a" never is.
        Assert.Equal(["a", "b", "c", "b"], drawn);
        Assert.Equal(2, maker.Cached);
    }

    [Fact]
    public void Make_LongDescription_IsShortenedToDiscordsLimit()
    {
        var maker = new PictureMaker(Options.Create(new PicturesOptions()), new FakeLogger<PictureMaker>());

        var file = maker.Make("x.png", "key", new string('a', 2000), () => Png)!;

        Assert.Equal(PictureMaker.MaxDescription, file.Description!.Length);
        Assert.EndsWith("…", file.Description, StringComparison.Ordinal);
    }
}
