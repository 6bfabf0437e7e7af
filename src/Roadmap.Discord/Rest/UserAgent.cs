namespace Roadmap.Discord.Rest;

/// <summary>Discord's required User-Agent form: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
internal static class UserAgent
{
    public static string For(Uri url)
    {
        var version = typeof(UserAgent).Assembly.GetName().Version ?? new Version(1, 0, 0);
        return $"DiscordBot ({url}, {version.ToString(3)})";
    }
}
