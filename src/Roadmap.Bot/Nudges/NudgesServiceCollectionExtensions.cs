using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Progress;
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
        services.AddSingleton<DmsClosedMembers>();
        services.AddSingleton<ICommandReplyFinisher, DmsClosedNotice>();
        services.AddSingleton<IProgressReplyFinisher, NudgeProgressFinisher>();

        // The sweep's options and store; the sweep itself and its schedule come with a sender (Scheduling/).
        services.AddOptions<NudgeOptions>()
            .BindConfiguration(NudgeOptions.Section)
            .Validate(o => o.SweepInterval >= TimeSpan.FromSeconds(1) && o.SweepInterval <= TimeSpan.FromHours(1), "Nudges:SweepInterval must be between 00:00:01 and 01:00:00, such as 00:01:00.")
            .Validate(o => o.CatchUpWindow > TimeSpan.Zero, "Nudges:CatchUpWindow must be positive, such as 12:00:00.")
            .ValidateOnStart();
        services.AddSingleton<NudgeSweepStore>();
        return services;
    }
}
