using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Nudges;

namespace Roadmap.Bot.Hosting.LocalMode;

internal static class LocalModeServiceCollectionExtensions
{
    /// <summary>What only local mode has: the terminal's stand-in for direct messages, where nudges go, and what a channel would show.</summary>
    public static IServiceCollection AddLocalMode(this IServiceCollection services)
    {
        services.AddSingleton<LocalInbox>();
        services.AddSingleton<INudgeSender, LocalNudgeSender>();
        services.AddSingleton<IChannelPoster, LocalChannelPoster>();
        return services;
    }
}
