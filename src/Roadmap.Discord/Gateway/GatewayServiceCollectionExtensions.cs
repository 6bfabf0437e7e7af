using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Roadmap.Discord.Gateway;

/// <summary>
/// Registers the gateway client, its tuning knobs bound from <c>Discord:Gateway</c>. The host sets the
/// token and intents (<c>Configure&lt;GatewayOptions&gt;</c>); the REST client registers <see cref="IGatewayBotSource"/>.
/// </summary>
public static class GatewayServiceCollectionExtensions
{
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.SectionName)
            .Validate(AreTimingsSane, "Discord:Gateway timings are inconsistent: backoff base must be positive and at most the maximum, the op 9 wait minimum at most its maximum, and MaxFramesPerWindow between 1 and 120.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The client counts its reconnects on the container's meter factory (DiscordMeter).
        services.AddMetrics();
        services.TryAddSingleton<IGatewayTransport, ClientWebSocketTransport>();
        services.TryAddSingleton<GatewayClient>();
        return services;
    }

    private static bool AreTimingsSane(GatewayOptions options) =>
        options.ReconnectBackoffBase > TimeSpan.Zero
        && options.ReconnectBackoffBase <= options.ReconnectBackoffMax
        && options.InvalidSessionDelayMin <= options.InvalidSessionDelayMax
        && options.MaxFramesPerWindow is > 0 and <= 120
        && options.SendWindow > TimeSpan.Zero;
}
