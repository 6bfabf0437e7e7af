namespace Roadmap.Discord.Rest;

/// <summary>Discord's JSON error codes that the bot acts on.</summary>
public static class DiscordErrorCodes
{
    public const int General = 0;
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownWebhook = 10015;
    public const int UnknownUser = 10013;
    public const int UnknownInteraction = 10062;
    public const int Unauthorized = 40001;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int CannotSendEmptyMessage = 50006;
    public const int CannotSendMessagesToThisUser = 50007;
    public const int MissingPermissions = 50013;
    public const int InvalidFormBody = 50035;
}
