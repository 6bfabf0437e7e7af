using System.Text.Json.Serialization;

namespace Roadmap.Discord.Models;

/// <summary>
/// A message component. Read by its <c>type</c> field in any position; types the bot does not
/// model are kept as <see cref="UnknownComponent"/> so reading never fails on new components.
/// </summary>
[JsonConverter(typeof(MessageComponentConverter))]
public abstract record MessageComponent
{
    public abstract ComponentType Type { get; }

    /// <summary>The optional 32-bit component id, auto-assigned by Discord if omitted.</summary>
    public int? Id { get; init; }
}
