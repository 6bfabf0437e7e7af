using System.Text.Json;

namespace Roadmap.Discord.Gateway;

/// <summary>A dispatch (op 0) handed to the application: event name, sequence and raw data.</summary>
public sealed record GatewayDispatch(string Name, int? Sequence, JsonElement Data);
