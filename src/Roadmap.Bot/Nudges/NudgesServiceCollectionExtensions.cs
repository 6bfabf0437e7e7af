using Microsoft.Extensions.DependencyInjection;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Nudges;

internal static class NudgesServiceCollectionExtensions
{
    /// <summary>/nudges, the settings it keeps, and the rescheduling /profile asks for when a member changes time zone.</summary>
    public static IServiceCollection AddNudges(this IServiceCollection services)
    {
        services.AddSingleton<NudgeStore>();
        services.AddSingleton<NudgeService>();
        services.AddSingleton<NudgeRescheduler>();
        services.AddSingleton<NudgesCommand>();
        services.AddSingleton<NudgeComposer>();
        services.AddSingleton<NudgeButtonsHandler>();
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<NudgeButtonsHandler>());
        return services;
    }
}
