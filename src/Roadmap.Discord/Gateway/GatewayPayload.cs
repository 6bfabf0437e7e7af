using System.Text.Json;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// An incoming gateway frame <c>{op, d, s, t}</c>. <see cref="D"/> stays raw so each opcode reads
/// only what it needs; <see cref="S"/> and <see cref="T"/> are set for dispatches only.
/// </summary>
public sealed record GatewayPayload(int Op, JsonElement D, int? S, string? T);
