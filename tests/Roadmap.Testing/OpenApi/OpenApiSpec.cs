using System.Text.Json;

namespace Roadmap.Testing.OpenApi;

/// <summary>Discord's OpenAPI document, loaded once, with named schemas and $ref resolution.</summary>
public sealed class OpenApiSpec
{
    private static readonly Lazy<OpenApiSpec> Shared = new(() => Load(DiscordTestData.OpenApiPath));
    private readonly JsonDocument _document;

    private OpenApiSpec(JsonDocument document) => _document = document;

    /// <summary>Discord's spec, from the test data this repository carries.</summary>
    public static OpenApiSpec Discord => Shared.Value;

    public static OpenApiSpec Load(string path) => new(JsonDocument.Parse(File.ReadAllBytes(path)));

    public bool HasSchema(string name) =>
        _document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out _);

    public JsonElement Schema(string name) =>
        _document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out var schema)
            ? schema
            : throw new KeyNotFoundException($"openapi.json has no schema named {name}.");

    /// <summary>Resolves a local reference such as <c>#/components/schemas/RichEmbed</c>.</summary>
    public JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported: {reference}");
        }

        var node = _document.RootElement;
        foreach (var segment in reference[2..].Split('/'))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!node.TryGetProperty(name, out node))
            {
                throw new KeyNotFoundException($"openapi.json has nothing at {reference}.");
            }
        }

        return node;
    }

    /// <summary>The JSON request-body schema of an operation, e.g. ("/users/@me/channels", "post").</summary>
    public JsonElement RequestBodySchema(string path, string method) =>
        _document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
}
