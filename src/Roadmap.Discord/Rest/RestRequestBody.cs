using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Roadmap.Discord.Json;

namespace Roadmap.Discord.Rest;

/// <summary>
/// A request body serialized once and turned into fresh content for every attempt: JSON, or
/// multipart/form-data with the JSON in <c>payload_json</c> and one file in <c>files[0]</c>.
/// A JSON body remembers when an attempt finished writing it (<see cref="SentAt"/>).
/// </summary>
public sealed class RestRequestBody
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly byte[] _json;
    private readonly DiscordFile? _file;
    private long _sentAt;

    private RestRequestBody(byte[] json, DiscordFile? file)
    {
        _json = json;
        _file = file;
    }

    /// <summary>
    /// The <see cref="TimeProvider"/> timestamp at which the last attempt had written this JSON body
    /// to the connection; 0 for multipart bodies and before anything was sent.
    /// </summary>
    public long SentAt => Volatile.Read(ref _sentAt);

    /// <summary>A JSON body; <typeparamref name="T"/> must be a payload of <see cref="DiscordJson"/>.</summary>
    public static RestRequestBody Json<T>(T value) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, DiscordJson.TypeInfo<T>()), null);

    /// <summary>A multipart body; <typeparamref name="T"/> must be a payload of <see cref="DiscordJson"/>.</summary>
    public static RestRequestBody Multipart<T>(T value, DiscordFile file) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, DiscordJson.TypeInfo<T>()), file);

    /// <summary>Fresh content for one attempt; <paramref name="time"/> stamps <see cref="SentAt"/>.</summary>
    public HttpContent CreateContent(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (_file is null)
        {
            return new TimedJsonContent(this, time);
        }

        var json = new ByteArrayContent(_json);
        json.Headers.ContentType = JsonType;
        var multipart = new MultipartFormDataContent { { json, "payload_json" } };
        var file = new ReadOnlyMemoryContent(_file.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(_file.ContentType);
        multipart.Add(file, "files[0]", _file.FileName);
        return multipart;
    }

    /// <summary>The JSON bytes as content, stamping the owner once they are written.</summary>
    private sealed class TimedJsonContent : HttpContent
    {
        private readonly RestRequestBody _owner;
        private readonly TimeProvider _time;

        public TimedJsonContent(RestRequestBody owner, TimeProvider time)
        {
            _owner = owner;
            _time = time;
            Headers.ContentType = JsonType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_owner._json, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _owner._sentAt, _time.GetTimestamp());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _owner._json.Length;
            return true;
        }
    }
}
