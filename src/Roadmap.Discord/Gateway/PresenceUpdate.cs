using System.Text.Json;

namespace Roadmap.Discord.Gateway;

/// <summary>The Update Presence object (op 3, and optionally in IDENTIFY).</summary>
public sealed record PresenceUpdate(long? Since, IReadOnlyList<JsonElement> Activities, string Status, bool Afk);
