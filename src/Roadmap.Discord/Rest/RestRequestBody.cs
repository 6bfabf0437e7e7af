using System.Net.Http.Headers;
using System.Text.Json;
using Roadmap.Discord.Json;

namespace Roadmap.Discord.Rest;

/// <summary>
/// A request body serialized once and turned into fresh content for every attempt: JSON, or
/// multipart/form-data with the JSON in <c>payload_json</c> and one file in <c>files[0]</c>.
/// </summary>
public sealed class RestRequestBody
{
    private readonly byte[] _json;
    private readonly DiscordFile? _file;

    private RestRequestBody(byte[] json, DiscordFile? file)
    {
        _json = json;
        _file = file;
    }

    public static RestRequestBody Json<T>(T value) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, DiscordJson.Options), null);

    public static RestRequestBody Multipart<T>(T value, DiscordFile file) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, DiscordJson.Options), file);

    public HttpContent CreateContent()
    {
        var json = new ByteArrayContent(_json);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (_file is null)
        {
            return json;
        }

        var multipart = new MultipartFormDataContent { { json, "payload_json" } };
        var file = new ReadOnlyMemoryContent(_file.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(_file.ContentType);
        multipart.Add(file, "files[0]", _file.FileName);
        return multipart;
    }
}
