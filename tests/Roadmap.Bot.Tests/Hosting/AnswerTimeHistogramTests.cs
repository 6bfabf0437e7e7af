using Roadmap.Bot.Hosting.Discord;




namespace Roadmap.Bot.Tests.Hosting;

public sealed class AnswerTimeHistogramTests
{
    [Fact]
    public void Percentile_OfHundredAnswers_IsTheUpperEdgeOfItsTenMicrosecondBucket()
    {
        var histogram = new AnswerTimeHistogram();
        for (var i = 1; i <= 100; i++)
        {
            histogram.Add(TimeSpan.FromMicroseconds(i * 100 + 3));
        }

        Assert.Equal(100, histogram.Count);
        Assert.Equal(TimeSpan.FromMicroseconds(5010), histogram.Percentile(0.5));
        Assert.Equal(TimeSpan.FromMicroseconds(9910), histogram.Percentile(0.99));
        Assert.Equal(TimeSpan.FromMicroseconds(10003), histogram.Percentile(1));
        Assert.Equal(TimeSpan.FromMicroseconds(10003), histogram.Max);
    }

    [Fact]
    public void Percentile_AboveTwentyMilliseconds_UsesMillisecondBuckets_AndPastThreeSecondsTheMaximum()
    {
        var histogram = new AnswerTimeHistogram();
        histogram.Add(TimeSpan.FromMilliseconds(25.2));
        histogram.Add(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromMilliseconds(26), histogram.Percentile(0.5));
        Assert.Equal(TimeSpan.FromSeconds(7), histogram.Percentile(0.99));
    }

    [Fact]
    public void Percentile_Empty_IsZero() => Assert.Equal(TimeSpan.Zero, new AnswerTimeHistogram().Percentile(0.99));

    [Fact]
    public void Since_AnEarlierSnapshot_CountsOnlyWhatCameAfter()
    {
        var histogram = new AnswerTimeHistogram();
        histogram.Add(TimeSpan.FromMilliseconds(9));
        var before = histogram.Snapshot();
        histogram.Add(TimeSpan.FromMilliseconds(1));
        histogram.Add(TimeSpan.FromMilliseconds(2));

        var since = histogram.Snapshot().Since(before);

        Assert.Equal(2, since.Count);
        Assert.Equal(TimeSpan.FromMicroseconds(2010), since.Percentile(0.99));
    }

    [Fact]
    public void Parse_OfToString_GivesTheSameCountsAndMaximum()
    {
        var histogram = new AnswerTimeHistogram();
        foreach (var ms in new[] { 0.004, 0.5, 0.5, 1.7, 31, 4000 })
        {
            histogram.Add(TimeSpan.FromMilliseconds(ms));
        }

        var text = histogram.ToString();
        var read = AnswerTimeHistogram.Parse(text);

        Assert.Equal(text, read.ToString());
        Assert.Equal(6, read.Count);
        Assert.Equal(histogram.Max, read.Max);
        Assert.Equal(histogram.Percentile(0.5), read.Percentile(0.5));
    }

    [Fact]
    public void Parse_NotAHistogram_Throws() => Assert.Throws<FormatException>(() => AnswerTimeHistogram.Parse("hello"));
}
