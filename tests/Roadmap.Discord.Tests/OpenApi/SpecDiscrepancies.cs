using System.Globalization;
using Roadmap.Testing.OpenApi;

namespace Roadmap.Discord.Tests.OpenApi;

/// <summary>
/// Where the bot follows Discord's docs over the OpenAPI spec (REFERENCE.md, Appendix A): the docs
/// send <c>default_member_permissions</c> as a decimal string, the spec types it as an integer.
/// Only that exact violation is forgiven, and only for a string that is a valid bitset.
/// </summary>
internal static class SpecDiscrepancies
{
    public const ulong MaxPermissionBits = (1UL << 54) - 1;

    public static IReadOnlyList<SchemaViolation> WithoutDocumentedOnes(IReadOnlyList<SchemaViolation> violations) =>
        [.. violations.Where(v => !IsPermissionsAsString(v))];

    public static bool IsPermissionsAsString(SchemaViolation violation) =>
        violation.Path.EndsWith(".default_member_permissions", StringComparison.Ordinal)
        && violation.Message == "is a string, expected integer or null";

    public static bool IsValidPermissionString(string? value) =>
        ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) && bits <= MaxPermissionBits;
}
