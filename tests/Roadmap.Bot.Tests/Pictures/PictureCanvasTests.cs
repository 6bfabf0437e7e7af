using Roadmap.Bot.Browse;
using Roadmap.Bot.Pictures;
using SkiaSharp;

namespace Roadmap.Bot.Tests.Pictures;

/// <summary>Canvases draw into kept pixel memory: a new one must start clean, whatever its size.</summary>
public sealed class PictureCanvasTests
{
    [Fact]
    public void NewCanvas_AfterOneFilledWithColour_StartsFromTheBackground()
    {
        for (var i = 0; i < 2 * Environment.ProcessorCount; i++)
        {
            using var earlier = new PictureCanvas(1200, 800);
            earlier.Canvas.Clear(SKColors.Red);
        }

        using var canvas = new PictureCanvas(1200, 800);
        using var decoded = SKBitmap.Decode(canvas.EncodePng());

        Assert.Equal(PictureCanvas.Background, decoded.GetPixel(0, 0));
        Assert.Equal(PictureCanvas.Background, decoded.GetPixel(1199, 799));
    }

    [Fact]
    public void KeptBuffers_HoldTheMap_SoEveryMapReusesOne()
    {
        // The kept size is written out in Pictures, below Browse; a bigger map would silently get a
        // new buffer every time.
        Assert.Equal(RoadmapPictureLayout.Width * RoadmapPictureLayout.Height * 4, PixelBuffers.KeptSize);
    }

    [Theory]
    [InlineData(960, 400)] // smaller than the kept buffers
    [InlineData(1200, 1500)] // larger: a buffer of its own
    public void Canvas_OfAnySize_DrawsWhereItIsAsked(int width, int height)
    {
        using var canvas = new PictureCanvas(width, height);
        using (var paint = new SKPaint { Color = SKColors.Blue })
        {
            canvas.Canvas.DrawRect(new SKRect(width - 10, height - 10, width, height), paint);
        }

        using var decoded = SKBitmap.Decode(canvas.EncodePng());

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.Equal(SKColors.Blue, decoded.GetPixel(width - 1, height - 1));
        Assert.Equal(PictureCanvas.Background, decoded.GetPixel(width - 11, height - 11));
    }
}
