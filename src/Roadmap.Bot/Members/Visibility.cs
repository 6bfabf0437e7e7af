namespace Roadmap.Bot.Members;

/// <summary>Who may see a member's progress.</summary>
internal enum Visibility
{
    /// <summary>Only the member.</summary>
    Private,

    /// <summary>Members of the servers the member shares with the bot.</summary>
    Server,

    /// <summary>Anyone.</summary>
    Public,
}
