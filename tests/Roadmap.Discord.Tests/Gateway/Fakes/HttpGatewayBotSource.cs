using System.Net.Http.Headers;
using System.Net.Http.Json;
using Roadmap.Discord.Gateway;
using Roadmap.Discord.Json;

namespace Roadmap.Discord.Tests.Gateway.Fakes;

/// <summary>
/// Reads <c>GET /gateway/bot</c> over HTTP, standing in for the REST client (which implements
/// <see cref="IGatewayBotSource"/> once the branches merge).
/// </summary>
public sealed class HttpGatewayBotSource(Uri apiBase, string token) : IGatewayBotSource, IDisposable
{
    private readonly HttpClient _http = new();

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(apiBase + "/gateway/bot"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<GatewayBotInfo>(DiscordJson.Options, cancellationToken))!;
    }

    public void Dispose() => _http.Dispose();
}
