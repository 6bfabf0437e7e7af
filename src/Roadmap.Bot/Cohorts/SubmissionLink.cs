using System.Net;
using System.Net.Sockets;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// The rules a submitted link follows: an <c>https://</c> address of at most <see cref="MaxLength"/>
/// characters with a real host: no <c>localhost</c> and no IP literal in a private, loopback,
/// link-local or otherwise unroutable range, since moderators open these links.
/// </summary>
internal static class SubmissionLink
{
    public const int MaxLength = 512;

    /// <summary>Null when <paramref name="typed"/> is a link members may submit; otherwise what is wrong, in words.</summary>
    public static string? Problem(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var link = typed.Trim();
        if (link.Length > MaxLength)
        {
            return $"A link can be at most {MaxLength} characters; this one has {link.Length}. Use a shorter address, such as the repository's main page.";
        }

        if (!link.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps)
        {
            return "Submit an `https://` address, such as `https://github.com/you/project`.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The link has a user name or password in it; submit the address without them.";
        }

        var host = uri.IdnHost.TrimEnd('.');
        if (host.Length == 0 || host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "That link points at your own computer (`localhost`). Submit an address others can open, such as your repository or a deployed site.";
        }

        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IsPublic(address)
                ? null
                : "That link points at a private or local network address. Submit an address others can open, such as your repository or a deployed site.";
        }

        return host.Contains('.', StringComparison.Ordinal)
            ? null
            : "That link has no real host name. Submit a full address, such as `https://github.com/you/project`.";
    }

    private static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => false,
            100 when b[1] is >= 64 and <= 127 => false,   // carrier-grade NAT
            169 when b[1] == 254 => false,                // link-local
            172 when b[1] is >= 16 and <= 31 => false,
            192 when b[1] == 168 => false,
            192 when b[1] == 0 && b[2] is 0 or 2 => false,
            198 when b[1] is 18 or 19 => false,
            >= 224 => false,                              // multicast and reserved
            _ => true,
        };
    }
}
