using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Bot.Pictures;

internal static class PicturesServiceCollectionExtensions
{
    /// <summary>
    /// The "Pictures" options and the maker that attaches pictures to replies, cached by what they
    /// show. Each feature with a picture adds it; the second call changes nothing.
    /// </summary>
    public static IServiceCollection AddPictures(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PictureMaker)))
        {
            return services;
        }

        services.AddOptions<PicturesOptions>()
            .BindConfiguration(PicturesOptions.Section)
            .Validate(o => o.CacheSize is >= 0 and <= PicturesOptions.MaxCacheSize, $"Pictures:CacheSize must be between 0 and {PicturesOptions.MaxCacheSize}, such as 64.")
            .ValidateOnStart();
        services.AddSingleton<PictureMaker>();
        return services;
    }
}
