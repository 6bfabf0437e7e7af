using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;

namespace Roadmap.Testing.Rest;

/// <summary>A parsed request handed to a fake route's behaviour.</summary>
internal sealed record FakeRestRequest(string Route, RouteValueDictionary Values, JsonNode? Json)
{
    public string Text(string name) => Values[name]?.ToString() ?? "";

    public ulong Id(string name) =>
        ulong.TryParse(Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
}
