using System.Text.Json.Serialization;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// A frame the client sends. <c>d</c> is always written, even when null: a heartbeat before the
/// first dispatch is <c>{"op":1,"d":null}</c>, and the shared options would otherwise drop it.
/// </summary>
public sealed record OutgoingPayload<T>(
    GatewayOpcode Op,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] T? D);
