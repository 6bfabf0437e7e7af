using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Bot.Help;

internal static class HelpServiceCollectionExtensions
{
    /// <summary>/help, written from the registered command definitions.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddSingleton<HelpCommand>();
}
