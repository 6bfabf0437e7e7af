using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Pictures;
using Roadmap.Bot.Tests.Fakes;
using Roadmap.Testing.OpenApi;
using SkiaSharp;
using static Roadmap.Testing.InteractionFactory;

namespace Roadmap.Bot.Tests.Pictures;

/// <summary>What Discord receives for a reply with a picture: one multipart callback, checked against the spec.</summary>
public sealed class PicturesDiscordTests
{
    [Fact]
    public async Task Roadmap_OnDiscord_SendsTheMapAsMultipart_NamedInTheEmbedWithItsAltText()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("done", Option("milestone", "how-the-internet-works"));

        var callback = await bot.CommandAsync("roadmap");

        Assert.Empty(OpenApiValidator.Discord.Validate(callback.Body, "CreateMessageInteractionCallbackRequest"));
        using var json = JsonDocument.Parse(callback.Body);
        var data = json.RootElement.GetProperty("data");
        var attachment = Assert.Single(data.GetProperty("attachments").EnumerateArray());
        Assert.Equal("0", attachment.GetProperty("id").GetString());
        Assert.Equal("roadmap.png", attachment.GetProperty("filename").GetString());
        var total = bot.Host!.Services.GetRequiredService<Roadmap.Bot.Content.RoadmapContent>().Milestones.Count;
        Assert.Equal($"Backend Developer roadmap: 1 of {total} milestones done; next: HTTP requests and responses", attachment.GetProperty("description").GetString());
        Assert.Equal("attachment://roadmap.png", data.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        var upload = Assert.Single(callback.Files);
        Assert.Equal(("files[0]", "roadmap.png", "image/png"), (upload.PartName, upload.FileName, upload.ContentType));
        using var map = SKBitmap.Decode(upload.Content);
        Assert.Equal((1200, 800), (map.Width, map.Height));
    }

    [Fact]
    public async Task Progress_OnDiscord_SendsTheWeeksChart()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.CommandAsync("done", Option("milestone", "how-the-internet-works"));

        var callback = await bot.CommandAsync("progress");

        Assert.Empty(OpenApiValidator.Discord.Validate(callback.Body, "CreateMessageInteractionCallbackRequest"));
        using var json = JsonDocument.Parse(callback.Body);
        var data = json.RootElement.GetProperty("data");
        Assert.StartsWith("Last 12 weeks: 1 milestone finished in 1 week that counts", data.GetProperty("attachments")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("attachment://weeks.png", data.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("weeks.png", Assert.Single(callback.Files).FileName);
    }

    [Fact]
    public async Task Roadmap_PicturesOff_SendsTheSameCardAsPlainJson_WithNoImage()
    {
        await using var bot = await DiscordBotHarness.StartAsync(services => services.Configure<PicturesOptions>(o => o.Enabled = false));

        var callback = await bot.CommandAsync("roadmap");

        Assert.Empty(callback.Files);
        using var json = JsonDocument.Parse(callback.Body);
        var data = json.RootElement.GetProperty("data");
        Assert.False(data.TryGetProperty("attachments", out _));
        var embed = data.GetProperty("embeds")[0];
        Assert.False(embed.TryGetProperty("image", out _));
        var stages = bot.Host!.Services.GetRequiredService<Roadmap.Bot.Content.RoadmapContent>().Track.Stages;
        Assert.Contains($"**{stages.Count}. {stages[^1].Title}**", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
