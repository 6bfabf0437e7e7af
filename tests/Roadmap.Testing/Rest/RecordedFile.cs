namespace Roadmap.Testing.Rest;

public sealed record RecordedFile(string PartName, string FileName, string ContentType, byte[] Content);
