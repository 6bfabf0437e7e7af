using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Nudges;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Hosting.Discord;

internal static class DiscordServiceCollectionExtensions
{
    /// <summary>The Discord side: options, REST, gateway, command registration and the worker.</summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services)
    {
        services.AddOptions<DiscordBotOptions>().BindConfiguration(DiscordBotOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordBotOptions>, DiscordBotOptionsValidator>();
        services.AddDiscordRest();
        services.AddDiscordGateway();

        // The "Discord" section is bound once, by DiscordBotOptions, and validated once, by its
        // validator; the client's options take the token, API base and intents from there.
        services.AddOptions<DiscordRestOptions>().Configure<IOptions<DiscordBotOptions>>((rest, bot) =>
        {
            rest.Token = bot.Value.Token;
            rest.ApiBaseUrl = bot.Value.ApiBaseUrl;
        });
        services.AddOptions<GatewayOptions>().Configure<IOptions<DiscordBotOptions>>((gateway, bot) =>
        {
            gateway.Token = bot.Value.Token;
            gateway.Intents = bot.Value.Intents;
        });
        services.AddSingleton<IGatewayBotSource>(sp => sp.GetRequiredService<DiscordRestClient>());
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<AnsweringSide>();
        services.AddSingleton<INudgeSender, DiscordNudgeSender>();
        services.AddSingleton<IChannelPoster, DiscordChannelPoster>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddHostedService<AnswerTimesReporter>();
        // Before the worker: hosted services stop in reverse order, so the last visits are written
        // after the worker has answered its last interaction.
        services.AddHostedService<ServerVisitsFlusher>();
        services.AddSingleton<DiscordWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordWorker>());
        return services;
    }
}
