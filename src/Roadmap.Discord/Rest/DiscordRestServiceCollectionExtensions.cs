using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Roadmap.Discord.Rest;

public static class DiscordRestServiceCollectionExtensions
{
    private const string HttpClientKey = "Roadmap.Discord.Rest";

    /// <summary>
    /// Registers <see cref="IDiscordRestClient"/> with its tuning knobs bound from <c>Discord:Rest</c>
    /// and one pooled <see cref="HttpClient"/> that the container owns. The host sets the token and
    /// the API base (<c>Configure&lt;DiscordRestOptions&gt;</c>). Its 429s are counted on the
    /// container's <see cref="IMeterFactory"/> (<see cref="DiscordMeter"/>).
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        services.AddOptions<DiscordRestOptions>()
            .BindConfiguration(DiscordRestOptions.SectionName)
            .Validate(o => o.GlobalRequestsPerSecond > 0, "Discord:Rest:GlobalRequestsPerSecond must be above 0 (Discord allows 50).")
            .Validate(o => o.InvalidRequestStopThreshold is >= 0 and <= 10_000, "Discord:Rest:InvalidRequestStopThreshold must be between 0 (no stop) and 10000 (Discord's ban).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddKeyedSingleton(HttpClientKey, (_, _) => new HttpClient(new SocketsHttpHandler
        {
            // Recycle connections so DNS changes on Discord's side are picked up.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        }));
        services.TryAddSingleton(sp => new DiscordRestClient(
            sp.GetRequiredKeyedService<HttpClient>(HttpClientKey),
            sp.GetRequiredService<IOptions<DiscordRestOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>(),
            sp.GetRequiredService<IMeterFactory>()));
        services.TryAddSingleton<IDiscordRestClient>(sp => sp.GetRequiredService<DiscordRestClient>());
        return services;
    }
}
