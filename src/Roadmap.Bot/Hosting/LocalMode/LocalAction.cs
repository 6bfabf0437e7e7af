using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// A button or one option of a select menu, shown as <c>[Number] Label</c>. Typing the number
/// sends the click; <see cref="Value"/> is the picked option for a select and null for a button.
/// </summary>
internal sealed record LocalAction(int Number, string Label, string CustomId, string? Value, Message Source)
{
    public ComponentType Kind => Value is null ? ComponentType.Button : ComponentType.StringSelect;
}
