using System.Globalization;
using System.Text;
using Roadmap.Bot.Cohorts;
using static Roadmap.Bot.Tests.Cohorts.ChallengeHarness;
using static Roadmap.Bot.Tests.Cohorts.CohortTestData;
using static Roadmap.Bot.Tests.Fakes.CohortCalls;

namespace Roadmap.Bot.Tests.Cohorts;

/// <summary>/mod cohort export: the CSV a moderator opens in a spreadsheet, and what stays out of it.</summary>
public sealed class CohortExportTests : IAsyncLifetime
{
    private ChallengeHarness _world = null!;

    public async Task InitializeAsync() => _world = await ChallengeHarness.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Export_OneLinePerMemberPerSubmission_PrivateMemberWithoutProgressOrZone_LateAndSameLinkMarked_CellsQuotedAndNeutralised()
    {
        var cohort = await _world.CohortAsync();
        foreach (var (member, done) in new[] { (Ada, 2), (Grace, 3), (Linus, 0) })
        {
            await _world.Bot.SendAsync(Cohort(member, "join", CohortId(cohort.Id)));
            await FinishAsync(_world.Bot, member, done);
        }

        await _world.Bot.RunAsAsync(Ada, "profile", ("timezone", "Europe/Berlin"));
        await _world.Bot.RunAsAsync(Grace, "profile", ("timezone", "Asia/Tokyo"), ("visibility", "private"));
        var challenge = await _world.PostAsync(cohort);
        await _world.SubmitAsync(Ada, challenge, "https://github.com/ada/shortener", "Used \"Redis\", then\nPostgres");
        await _world.ReviewAsync(challenge, Ada, "accepted", "=cmd|' /C calc'!A0");
        _world.Bot.Clock.SetUtcNow(challenge.DueAt.AddMinutes(1));
        await _world.SubmitAsync(Grace, challenge, "https://github.com/Ada/shortener/");

        var reply = await _world.Bot.SendAsync(Mod("cohort", "export", CohortId(cohort.Id)));

        var joined = "2026-11-22T10:00:00Z";
        var late = challenge.DueAt.AddMinutes(1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Assert.Equal(
            string.Join("\r\n",
                $"cohort,member id,joined at (UTC),milestones done (of {Total(_world.Bot)}),time zone,challenge,link,note,submitted at (UTC),late,verdict,feedback,same link as",
                $"Winter 2026,{Ada},{joined},2,Europe/Berlin,Build a URL shortener,https://github.com/ada/shortener,\"Used \"\"Redis\"\", then\nPostgres\",{joined},no,accepted,'=cmd|' /C calc'!A0,{Grace}",
                $"Winter 2026,{Linus},{joined},0,,,,,,,,,",
                $"Winter 2026,{Grace},{joined},private,private,Build a URL shortener,https://github.com/Ada/shortener/,,{late},yes,not reviewed,,{Ada}",
                ""),
            Csv(reply));
        Assert.DoesNotContain("Asia/Tokyo", Csv(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsAnEphemeralReplyWithTheFileAttached_InUtf8ThatSpreadsheetsRecognise()
    {
        var cohort = await _world.CohortAsync();
        await _world.Bot.SendAsync(Cohort(Ada, "join", CohortId(cohort.Id)));

        var reply = await _world.Bot.SendAsync(Mod("cohort", "export", CohortId(cohort.Id)));

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("📄 **Winter 2026** as a spreadsheet: 1 member and 0 submissions", reply.Content, StringComparison.Ordinal);
        Assert.Equal($"cohort-{cohort.Id}.csv", reply.File?.FileName);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), reply.File!.Content.ToArray()[..3]);
    }

    [Fact]
    public async Task Export_IdFromAnotherServer_IsUnknown_AndSendsNoFile()
    {
        var elsewhere = await _world.CohortAsync(guildId: ChallengeHarness.OtherServer);

        var reply = await _world.Bot.SendAsync(Mod("cohort", "export", CohortId(elsewhere.Id)));

        Assert.StartsWith($"There is no cohort `{elsewhere.Id}` in this server.", reply.Content, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Null(reply.File);
    }

    [Fact]
    public async Task Export_FromAMemberWithoutPermission_IsRefused_AndSendsNoFile()
    {
        var cohort = await _world.CohortAsync();

        var reply = await _world.Bot.SendAsync(Mod("cohort", "export", [CohortId(cohort.Id)], userId: Ada, permissions: NoPermissions));

        Assert.StartsWith("Only moderators can do this", reply.Content, StringComparison.Ordinal);
        Assert.Null(reply.File);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    [InlineData(null, "")]
    public void Field_IsQuotedWhenItMustBe_AndNeverStartsAFormula(string? value, string expected) =>
        Assert.Equal(expected, CsvField.Escape(value));

    private static string Csv(Discord.Interactions.Reply reply)
    {
        var bytes = Assert.IsType<Discord.Interactions.ReplyFile>(reply.File).Content.ToArray();
        return Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
    }
}
