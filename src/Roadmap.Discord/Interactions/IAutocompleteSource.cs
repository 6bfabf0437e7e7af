using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>A command with autocomplete options answers here; at most 25 choices are sent.</summary>
public interface IAutocompleteSource
{
    ValueTask<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken);
}
