namespace Roadmap.Testing.Rest;

internal enum FaultKind
{
    ServerError,
    BucketRateLimit,
    GlobalRateLimit,
    ErrorBody,
}
