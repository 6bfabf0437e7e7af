using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Roadmap.Bot.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Binds "Content" and loads the roadmap once, refusing content that fails validation.</summary>
    public static IServiceCollection AddRoadmapContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        services.AddSingleton(sp =>
        {
            var folder = ContentFolder.Resolve(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Folder);
            var result = ContentLoader.Load(folder);
            return result.Content ?? throw new InvalidContentException(folder, result.Problems);
        });
        return services;
    }
}
