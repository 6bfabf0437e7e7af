using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Bot.Profile;

internal static class ProfileServiceCollectionExtensions
{
    /// <summary>/profile and the time zones it suggests.</summary>
    public static IServiceCollection AddProfile(this IServiceCollection services)
    {
        services.AddSingleton<TimeZoneChoices>();
        services.AddSingleton<ProfileCommand>();
        return services;
    }
}
