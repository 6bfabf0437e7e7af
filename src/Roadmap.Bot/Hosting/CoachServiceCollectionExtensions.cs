using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Commands;
using Roadmap.Bot.Content;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Hosting;

public static class CoachServiceCollectionExtensions
{
    /// <summary>Everything the bot answers with, whether on Discord or in local mode: content, data, commands.</summary>
    public static IServiceCollection AddRoadmapCoach(this IServiceCollection services) =>
        services.AddRoadmapContent().AddPersistence().AddMemberCommands().AddSingleton<CoachStartup>();
}
