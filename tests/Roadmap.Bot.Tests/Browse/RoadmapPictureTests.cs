using Roadmap.Bot.Browse;
using Roadmap.Bot.Content;
using Roadmap.Bot.Pictures;
using Roadmap.Bot.Progress;
using Roadmap.Bot.Tests.Fakes;
using SkiaSharp;

namespace Roadmap.Bot.Tests.Browse;

/// <summary>/roadmap's map, roadmap.png: what it shows, read back from the pixels, and what the reply says about it.</summary>
public sealed class RoadmapPictureTests : IAsyncLifetime
{
    private static readonly RoadmapContent Content = ContentLoader.LoadValid(RepositoryPaths.Content);
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void Header_WithAnyMilestoneOfTheRoadmapNext_IsNeverCutOff()
    {
        using var font = RoadmapPicture.LabelFont();
        // The most digits the counts can take on this roadmap.
        var report = ProgressReport.Of(Content, new LearnerStatuses(Content.Milestones.ToDictionary(m => m.Id, _ => MilestoneStatus.Done)));

        Assert.All(Content.Milestones, next => Assert.DoesNotContain("…", RoadmapPicture.Header(report, next, font), StringComparison.Ordinal));
    }

    [Fact]
    public void Header_NextTitleTooLong_NamesItsShortTitle()
    {
        using var font = RoadmapPicture.LabelFont();
        var report = ProgressReport.Of(Content, new LearnerStatuses(new Dictionary<string, MilestoneStatus>()));
        var next = Content.Milestones[0] with { Title = "Everything about how requests travel across networks, resolvers, caches and the wires between them", ShortTitle = "Requests on the wire" };

        Assert.Equal($"0 of {Content.Milestones.Count} milestones done · next: Requests on the wire", RoadmapPicture.Header(report, next, font));
        Assert.Equal($"0 of {Content.Milestones.Count} milestones done · next: {Content.Milestones[0].Title}", RoadmapPicture.Header(report, Content.Milestones[0], font));
    }

    [Fact]
    public async Task Roadmap_AttachesTheMapColouredByStatus_AndShowsItAsTheEmbedImage()
    {
        await _bot.RunAsync("done", ("milestone", "how-the-internet-works"));
        await _bot.RunAsync("start", ("milestone", "http-basics"));
        await _bot.RunAsync("skip", ("milestone", "dns-and-domains"));

        var reply = await _bot.RunAsync("roadmap");

        var file = Assert.IsType<Roadmap.Discord.Interactions.ReplyFile>(reply.File);
        Assert.Equal(("roadmap.png", "image/png"), (file.FileName, file.ContentType));
        Assert.Equal("attachment://roadmap.png", reply.Embeds[0].Image?.Url);
        Assert.Equal($"Backend Developer roadmap: 1 of {Content.Milestones.Count} milestones done, 1 in progress, 1 skipped; next: HTTP requests and responses", file.Description);
        using var map = SKBitmap.Decode(file.Content.ToArray());
        Assert.Equal((1200, 800), (map.Width, map.Height));
        Assert.Equal(RoadmapPicture.Done, InsideBox(map, "how-the-internet-works"));
        Assert.Equal(RoadmapPicture.InProgress, InsideBox(map, "http-basics"));
        Assert.Equal(RoadmapPicture.Skipped, InsideBox(map, "dns-and-domains"));
        Assert.Equal(RoadmapPicture.NotStarted, InsideBox(map, "git-basics"));
        // The suggested next one (the open http-basics) is outlined; a box that is not next has no outline.
        Assert.Equal(RoadmapPicture.NextOutline, OnTheEdge(map, "http-basics"));
        Assert.Equal(RoadmapPicture.NotStarted, OnTheEdge(map, "git-basics"));
    }

    [Fact]
    public async Task Roadmap_NewMember_OutlinesTheFirstMilestoneAndSaysNothingIsDone()
    {
        var reply = await _bot.RunAsync("roadmap");

        using var map = SKBitmap.Decode(reply.File!.Content.ToArray());
        Assert.Equal($"Backend Developer roadmap: 0 of {Content.Milestones.Count} milestones done; next: How the internet works", reply.File.Description);
        Assert.Equal(RoadmapPicture.NextOutline, OnTheEdge(map, "how-the-internet-works"));
        Assert.Equal(RoadmapPicture.NotStarted, InsideBox(map, "how-the-internet-works"));
    }

    [Fact]
    public async Task Roadmap_AskedAgainUnchanged_ComesFromTheCache_AndAChangeDrawsANewOne()
    {
        var pictures = _bot.Get<PictureMaker>();

        var first = await _bot.RunAsync("roadmap");
        var again = await _bot.RunAsync("roadmap");
        var cachedAfterTwo = pictures.Cached;
        await _bot.RunAsync("done", ("milestone", "how-the-internet-works"));
        var changed = await _bot.RunAsync("roadmap");

        Assert.Equal(1, cachedAfterTwo);
        Assert.Equal(2, pictures.Cached);
        Assert.True(first.File!.Content.Span.SequenceEqual(again.File!.Content.Span));
        Assert.False(first.File.Content.Span.SequenceEqual(changed.File!.Content.Span));
    }

    [Fact]
    public async Task Roadmap_OpeningAStage_DropsTheMapFromTheMessage()
    {
        await _bot.RunAsync("roadmap");

        var stage = await _bot.ClickAsync("v1:roadmap:stage", "databases");

        Assert.Null(stage.File);
        Assert.Contains("\"attachments\":[]", BotHarness.Json(stage), StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_SameInputsTwice_GivesTheSameBytes()
    {
        var statuses = new LearnerStatuses(new Dictionary<string, MilestoneStatus> { ["git-basics"] = MilestoneStatus.Done, ["redis"] = MilestoneStatus.InProgress });
        var next = Coach.SuggestNext(Content, statuses).Milestone;

        var first = RoadmapPicture.Draw(Content, statuses, next);
        var second = RoadmapPicture.Draw(Content, statuses, next);

        Assert.Equal(first, second);
        Assert.Equal("redis", next?.Id);
    }

    [Fact]
    public void KeyOf_ChangesWithEveryStatusAndTheNextMilestone()
    {
        var none = LearnerStatuses.None;
        var one = new LearnerStatuses(new Dictionary<string, MilestoneStatus> { ["redis"] = MilestoneStatus.Skipped });
        var first = Content.Milestones[0];

        string[] keys = [RoadmapPicture.KeyOf(Content, none, first), RoadmapPicture.KeyOf(Content, one, first), RoadmapPicture.KeyOf(Content, none, null)];

        Assert.Equal(3, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(keys[0], RoadmapPicture.KeyOf(Content, LearnerStatuses.None, first));
    }

    [Fact]
    public void BoxTitles_ShortTitleIsWhatTheBoxShows_AndALongTitleWithoutOneIsCutOff()
    {
        var box = RoadmapPictureLayout.Of(Content).BoxOf("git-basics");
        using var font = RoadmapBoxTitles.Font();
        var longOne = TestRoadmap.Milestone("long", 4) with { Title = string.Concat(Enumerable.Repeat("Very long words ", 15)).Trim() };

        var cut = RoadmapBoxTitles.LinesOf(longOne, box, font);
        var shortened = RoadmapBoxTitles.LinesOf(longOne with { ShortTitle = "Long words" }, box, font);

        Assert.Equal(2, cut.Count);
        Assert.EndsWith("…", cut[^1], StringComparison.Ordinal);
        Assert.Equal(["Long words"], shortened);
    }

    [Fact]
    public void BoxTitles_RealContent_EveryBoxShowsItsWholeText()
    {
        var layout = RoadmapPictureLayout.Of(Content);
        using var font = RoadmapBoxTitles.Font();

        var cut = Content.Milestones
            .Select(m => (m.Id, Shown: string.Join(' ', RoadmapBoxTitles.LinesOf(m, layout.BoxOf(m.Id), font))))
            .Where(m => m.Shown != RoadmapBoxTitles.Shown(Content.FindMilestone(m.Id)!))
            .ToList();

        Assert.Empty(cut);
    }

    /// <summary>A pixel inside the box, left of where its title starts and away from the rounded corners.</summary>
    private static SKColor InsideBox(SKBitmap map, string milestoneId)
    {
        var box = RoadmapPictureLayout.Of(Content).BoxOf(milestoneId);
        return map.GetPixel((int)box.Left + 4, (int)box.MidY);
    }

    /// <summary>A pixel on the box's left edge, where the outline of the suggested next milestone runs.</summary>
    private static SKColor OnTheEdge(SKBitmap map, string milestoneId)
    {
        var box = RoadmapPictureLayout.Of(Content).BoxOf(milestoneId);
        return map.GetPixel((int)box.Left + 1, (int)box.MidY);
    }
}
