using Roadmap.Testing;

namespace Roadmap.Discord.Tests.Gateway;

/// <summary>One kind of forced disconnect in the soak, and whether Discord would need a new IDENTIFY after it.</summary>
public sealed record SoakFault(string Name, bool NeedsNewSession, Func<FakeGateway, Task> InjectAsync)
{
    public static IReadOnlyList<SoakFault> All { get; } =
    [
        new("drop", false, g => g.DropConnectionAsync()),
        new("op 7", false, g => g.SendReconnectAsync()),
        new("op 9 true", false, g => g.SendInvalidSessionAsync(resumable: true)),
        new("op 9 false", true, g => g.SendInvalidSessionAsync(resumable: false)),
        new("close 4000", false, g => g.CloseConnectionAsync(4000)),
        new("close 4001", false, g => g.CloseConnectionAsync(4001)),
        new("close 4002", false, g => g.CloseConnectionAsync(4002)),
        new("close 4005", false, g => g.CloseConnectionAsync(4005)),
        new("close 4008", false, g => g.CloseConnectionAsync(4008)),
        new("close 4003", true, g => g.CloseConnectionAsync(4003)),
        new("close 4007", true, g => g.CloseConnectionAsync(4007)),
        new("close 4009", true, g => g.CloseConnectionAsync(4009)),
        new("zombie", false, g => g.StartZombieAsync()),
    ];
}
