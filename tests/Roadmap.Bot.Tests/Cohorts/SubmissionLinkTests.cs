using Roadmap.Bot.Cohorts;

namespace Roadmap.Bot.Tests.Cohorts;

public sealed class SubmissionLinkTests
{
    [Theory]
    [InlineData("https://github.com/ada/url-shortener")]
    [InlineData("https://ada.dev/")]
    [InlineData("https://8.8.8.8/demo")]
    [InlineData("https://[2606:4700:4700::1111]/")]
    [InlineData("  https://gitlab.com/ada/api  ")]
    public void Problem_RealHttpsAddress_IsNone(string link) => Assert.Null(SubmissionLink.Problem(link));

    [Theory]
    [InlineData("http://github.com/ada/x", "`https://`")]
    [InlineData("javascript:alert(1)", "`https://`")]
    [InlineData("data:text/html,hi", "`https://`")]
    [InlineData("file:///etc/passwd", "`https://`")]
    [InlineData("github.com/ada/x", "`https://`")]
    [InlineData("https://localhost/", "`localhost`")]
    [InlineData("https://api.localhost:8080/", "`localhost`")]
    [InlineData("https://127.0.0.1/", "private or local")]
    [InlineData("https://10.0.0.5/", "private or local")]
    [InlineData("https://192.168.1.20/app", "private or local")]
    [InlineData("https://172.16.4.1/", "private or local")]
    [InlineData("https://169.254.169.254/latest/meta-data", "private or local")]
    [InlineData("https://[::1]/", "private or local")]
    [InlineData("https://[fe80::1]/", "private or local")]
    [InlineData("https://[fd00::5]/", "private or local")]
    [InlineData("https://[::ffff:10.0.0.1]/", "private or local")]
    [InlineData("https://0.0.0.0/", "private or local")]
    [InlineData("https://intranet/", "no real host")]
    [InlineData("https://ada:secret@github.com/", "user name or password")]
    public void Problem_LinkMembersMayNotSubmit_SaysWhy(string link, string expected)
    {
        var problem = SubmissionLink.Problem(link);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_LinkOf600Characters_SaysTheLimit()
    {
        var link = "https://github.com/" + new string('a', 581);

        Assert.Equal(600, link.Length);
        Assert.StartsWith("A link can be at most 512 characters; this one has 600.", SubmissionLink.Problem(link), StringComparison.Ordinal);
    }
}
