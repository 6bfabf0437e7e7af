using System.Diagnostics.CodeAnalysis;

namespace Roadmap.Discord.Models;

[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "These are Discord's own option type names (STRING, INTEGER); renaming them would hide the mapping.")]
public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}
