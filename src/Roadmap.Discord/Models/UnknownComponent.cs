using System.Text.Json;

namespace Roadmap.Discord.Models;

/// <summary>A component type the bot does not model, kept as its raw JSON and written back as is.</summary>
public sealed record UnknownComponent : MessageComponent
{
    public UnknownComponent(JsonElement raw)
    {
        Raw = raw;
        RawType = raw.TryGetProperty("type", out var type) && type.TryGetInt32(out var value) ? value : 0;
    }

    public override ComponentType Type => (ComponentType)RawType;

    public int RawType { get; }

    public JsonElement Raw { get; }
}
