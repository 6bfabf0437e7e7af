using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Roadmap.Testing.Rest;

/// <summary>Reads a request body as JSON, or as multipart with payload_json and files.</summary>
internal static class FakeRequestReader
{
    public static async Task<(string Body, JsonNode? Json, IReadOnlyList<RecordedFile> Files)> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var payload = form["payload_json"].ToString();
            var files = new List<RecordedFile>();
            foreach (var file in form.Files)
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream);
                files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, stream.ToArray()));
            }

            return (payload, Parse(payload), files);
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        return (body, Parse(body), []);
    }

    public static Dictionary<string, string> HeadersWithoutToken(HttpRequest request) =>
        request.Headers
            .Where(h => !string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    private static JsonNode? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
