using System.Globalization;
using Roadmap.Discord.Interactions;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// The numbered actions a typed number picks from: those of the last message that had components.
/// A message without components leaves them alone, as an older message's buttons stay clickable on
/// Discord; a reply that updates its message replaces them, even with none.
/// </summary>
internal sealed class ActionBoard
{
    private IReadOnlyList<LocalAction> _actions = [];

    public IReadOnlyList<LocalAction> Actions => _actions;

    public void Show(Reply reply, IReadOnlyList<LocalAction> actions)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(actions);
        if (reply.UpdatesMessage || reply.Components.Count > 0)
        {
            _actions = actions;
        }
    }

    /// <summary>The action numbered <paramref name="typed"/> (digits only), or a sentence saying which numbers exist.</summary>
    public (LocalAction? Action, string? Problem) Pick(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && _actions.FirstOrDefault(a => a.Number == number) is { } action)
        {
            return (action, null);
        }

        var shown = typed.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
        return _actions.Count switch
        {
            0 => (null, $"There is no action {shown}: nothing on screen has buttons or menus right now. Replies that do show their actions as [1], [2], …"),
            1 => (null, $"There is no action {shown}; the only action is 1."),
            _ => (null, $"There is no action {shown}; the actions are 1-{_actions.Count}."),
        };
    }
}
