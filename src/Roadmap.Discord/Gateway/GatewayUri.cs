namespace Roadmap.Discord.Gateway;

/// <summary>Builds the connect URL: the same query (version, encoding, compression) for every socket.</summary>
internal static class GatewayUri
{
    public static Uri Build(Uri baseUrl, GatewayOptions options)
    {
        var query = $"v={options.ApiVersion}&encoding=json";
        if (options.UseZlibStreamCompression)
        {
            query += "&compress=zlib-stream";
        }

        return new UriBuilder(baseUrl) { Query = query }.Uri;
    }
}
