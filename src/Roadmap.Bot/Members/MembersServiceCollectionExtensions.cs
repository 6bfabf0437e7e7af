using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Bot.Members;

internal static class MembersServiceCollectionExtensions
{
    /// <summary>Members' settings, the servers they use the bot in, and the visits waiting to be written.</summary>
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton<MemberStore>();
        services.AddSingleton<GuildMemberStore>();
        services.AddSingleton<ServerVisits>();
        return services;
    }
}
