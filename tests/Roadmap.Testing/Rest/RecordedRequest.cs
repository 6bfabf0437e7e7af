namespace Roadmap.Testing.Rest;

/// <summary>
/// One request the fake received. Headers are kept except the Authorization value: the scheme is
/// kept and <see cref="TokenMatched"/> says whether the token was the expected one.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Route,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The status the fake answered with.</summary>
    public int Status { get; init; }

    /// <summary>"Bot" for a bot token, null when the request carried no Authorization header.</summary>
    public string? AuthorizationScheme { get; init; }

    public bool TokenMatched { get; init; }

    /// <summary>The interaction id of a callback, or the channel id of a message route.</summary>
    public string? Subject { get; init; }

    /// <summary>Uploaded files of a multipart request: part name, file name, length.</summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
