namespace Roadmap.Discord.Models;

/// <summary>How a text input in a modal looks: one line, or a box for a paragraph.</summary>
public enum TextInputStyle
{
    /// <summary>Discord's "Short" (1); named for what it is, as "Short" reads as the integer type to the analyzers.</summary>
    SingleLine = 1,
    Paragraph = 2,
}
