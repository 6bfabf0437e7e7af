namespace Roadmap.Discord;

/// <summary>The text limits Discord enforces on what a bot sends (REFERENCE.md sections 3 and 4).</summary>
public static class DiscordLimits
{
    public const int MessageContent = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldName = 256;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooter = 2048;
    public const int EmbedTotal = 6000;
    public const int Embeds = 10;
    public const int ChoiceName = 100;
    public const int ChoiceCount = 25;
    public const int SelectOptionLabel = 100;
    public const int SelectOptionDescription = 100;
    public const int SelectOptions = 25;
    public const int ButtonLabel = 80;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = 100;
    public const int Nonce = 25;
}
