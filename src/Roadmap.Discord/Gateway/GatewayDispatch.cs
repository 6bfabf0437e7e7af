using System.Text.Json;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// A dispatch (op 0) handed to the application: event name, sequence and raw data.
/// <see cref="ReceivedAt"/> is the client's <see cref="TimeProvider"/> timestamp of the moment the
/// whole frame had arrived, so the application can time its answer from there.
/// </summary>
public sealed record GatewayDispatch(string Name, int? Sequence, JsonElement Data)
{
    public long ReceivedAt { get; init; }
}
