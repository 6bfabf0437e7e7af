using System.Diagnostics.CodeAnalysis;

namespace Roadmap.Discord.Models;

/// <summary>The message flags the bot may set when sending.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Discord calls this field message flags; the name matches the docs.")]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
    IsComponentsV2 = 1 << 15,
}
