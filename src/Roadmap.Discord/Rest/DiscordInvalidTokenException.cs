using System.Net;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Rest;

/// <summary>
/// Discord rejected the bot token (401). The client sends nothing more after this: every later
/// call fails with this exception until the process restarts with a valid token.
/// </summary>
public sealed class DiscordInvalidTokenException : DiscordRestException
{
    public const string Explanation =
        "Discord rejected the bot token (401 Unauthorized). No further REST requests will be sent: "
        + "set a valid bot token (configuration key Discord:Token, environment variable Discord__Token) and restart.";

    public DiscordInvalidTokenException()
        : base(Explanation)
    {
    }

    public DiscordInvalidTokenException(string message)
        : base(message)
    {
    }

    public DiscordInvalidTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordInvalidTokenException(DiscordErrorBody? body, DiscordRoute route)
        : base(HttpStatusCode.Unauthorized, body, route)
    {
    }

    public override string Message => $"{Explanation} {base.Message}";
}
