using Roadmap.Bot.Cohorts.Challenges;
using Roadmap.Bot.Nudges;
using Roadmap.Discord;

namespace Roadmap.Bot.Tests.Nudges;

/// <summary>The nudge's nonce: the same for a resend of the same nudge, different for any other, within Discord's 25 characters.</summary>
public sealed class NudgeNonceTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 27, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public void For_MemberAndDueTime_IsBase36OfBoth()
    {
        // 555 is "ff" in base 36; 1795800600 (the due time in unix seconds) is "tp68m0".
        Assert.Equal("nff-tp68m0", NudgeNonce.For(555, Due));
    }

    [Fact]
    public void For_TheSameNudgeTwice_IsTheSame()
    {
        Assert.Equal(NudgeNonce.For(555, Due), NudgeNonce.For(555, new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void For_AnotherMemberOrAnotherDueTime_Differs()
    {
        var nonces = new[]
        {
            NudgeNonce.For(555, Due),
            NudgeNonce.For(556, Due),
            NudgeNonce.For(555, Due.AddDays(7)),
            NudgeNonce.For(555, Due.AddSeconds(1)),
        };

        Assert.Equal(nonces.Length, nonces.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void For_TheLargestMemberIdAndDueTime_FitsDiscordsLimit()
    {
        var nonce = NudgeNonce.For(ulong.MaxValue, DateTimeOffset.MaxValue);

        Assert.Equal("n3w5e11264sgsf-38et6qnz", nonce);
        Assert.InRange(nonce.Length, 1, DiscordLimits.Nonce);
    }

    [Fact]
    public void ReminderNonces_TodaysIds_AreWrittenOut()
    {
        // 1 and 35 are "1" and "z" in base 36.
        Assert.Equal("r1-z", ChallengeReminderSweep.Nonce(1, 35));
        Assert.Equal("rc1-z", ChallengeReminderSweep.ChannelNonce(1, 35));
    }

    [Theory]
    [InlineData(long.MaxValue, ulong.MaxValue)]
    [InlineData(long.MaxValue, ulong.MaxValue - 1)]
    [InlineData(long.MaxValue - 1, ulong.MaxValue)]
    public void ReminderNonces_TheLargestIds_FitDiscordsLimit_AndStayDistinctAndStable(long challengeId, ulong memberId)
    {
        var dm = ChallengeReminderSweep.Nonce(challengeId, memberId);
        var channel = ChallengeReminderSweep.ChannelNonce(challengeId, memberId);

        Assert.InRange(dm.Length, 1, 25);
        Assert.InRange(channel.Length, 1, 25);
        Assert.NotEqual(dm, channel);
        Assert.Equal(dm, ChallengeReminderSweep.Nonce(challengeId, memberId));
        Assert.NotEqual(dm, ChallengeReminderSweep.Nonce(challengeId, memberId ^ 1));
    }
}
