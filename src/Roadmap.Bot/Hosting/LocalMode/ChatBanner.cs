namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>What local mode says first: why it is running, how to reach Discord instead, how to begin and leave.</summary>
internal static class ChatBanner
{
    public static string For(LocalMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return $"""
            Roadmap Coach, local mode.
            No Discord token is configured, so the bot answers here in the terminal, with you as {member.DisplayName}.
            To connect to Discord instead, set Discord__Token (the README's Discord setup shows how).

            Type commands as on Discord, for example: /done milestone:http-basics note:"read the RFC summary"
            Start with /help to see every command, or /next to see what to do now.
            Type an action's number alone to press it. Type exit or press Ctrl+D to leave.
            """;
    }
}
