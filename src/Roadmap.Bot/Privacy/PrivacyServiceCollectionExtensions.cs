using Microsoft.Extensions.DependencyInjection;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Privacy;

internal static class PrivacyServiceCollectionExtensions
{
    /// <summary>/privacy export and forget, its confirmation buttons, and the store that reads and erases a member's rows.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PrivacyStore>();
        services.AddSingleton<PrivacyCommand>();
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<PrivacyCommand>());
        return services;
    }
}
