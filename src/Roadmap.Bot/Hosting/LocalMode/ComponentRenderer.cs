using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Buttons and select menus as numbered actions: a row of buttons on one line
/// (<c>[1] Start  [2] Done</c>), each select option on its own line under the menu's placeholder.
/// Link buttons open a page rather than send a click, so they show their address and get no number.
/// </summary>
internal sealed class ComponentRenderer
{
    private readonly List<LocalAction> _actions = [];
    private readonly List<string> _lines = [];

    public static RenderedReply Render(IReadOnlyList<ActionRow> rows, Message source)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(source);
        var renderer = new ComponentRenderer();
        foreach (var row in rows)
        {
            renderer.AddRow(row, source);
        }

        return new RenderedReply(string.Join('\n', renderer._lines), renderer._actions);
    }

    private void AddRow(ActionRow row, Message source)
    {
        var buttons = new List<string>();
        foreach (var component in row.Components)
        {
            switch (component)
            {
                case Button button:
                    buttons.Add(ButtonText(button, source));
                    break;
                case StringSelect select:
                    AddSelect(select, source);
                    break;
                default:
                    break;
            }
        }

        if (buttons.Count > 0)
        {
            _lines.Add(string.Join("  ", buttons));
        }
    }

    private string ButtonText(Button button, Message source)
    {
        var label = Label(button);
        if (button.Style == ButtonStyle.Link || button.Url is not null)
        {
            return $"{label} <{button.Url}>";
        }

        if (button.Disabled == true || button.CustomId is null)
        {
            return $"({label}, unavailable)";
        }

        return Add(label, button.CustomId, value: null, source);
    }

    private void AddSelect(StringSelect select, Message source)
    {
        _lines.Add((select.Placeholder ?? "Pick one") + (select.Disabled == true ? " (unavailable)" : ":"));
        if (select.Disabled == true)
        {
            return;
        }

        foreach (var option in select.Options)
        {
            var description = string.IsNullOrWhiteSpace(option.Description) ? "" : " — " + option.Description;
            var current = option.Default == true ? " (current)" : "";
            _lines.Add("  " + Add(option.Label, select.CustomId, option.Value, source) + description + current);
        }
    }

    private string Add(string label, string customId, string? value, Message source)
    {
        var action = new LocalAction(_actions.Count + 1, label, customId, value, source);
        _actions.Add(action);
        return $"[{action.Number}] {label}";
    }

    private static string Label(Button button) =>
        string.Join(' ', new[] { button.Emoji?.Name, button.Label }.Where(part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } text ? text : "(no label)";
}
