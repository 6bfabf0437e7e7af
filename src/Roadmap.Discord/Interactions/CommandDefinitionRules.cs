using System.Globalization;
using System.Text.RegularExpressions;
using Roadmap.Discord.Models;

namespace Roadmap.Discord.Interactions;

/// <summary>
/// Discord's rules for slash command definitions (REFERENCE.md 3.2 and 3.3), checked when the bot
/// starts so a bad definition fails loudly here instead of as a 400 from the registration call.
/// </summary>
public static partial class CommandDefinitionRules
{
    public const int MaxOptions = 25;
    public const int MaxChoices = 25;
    public const int MaxTotalCharacters = 8000;
    public const int MaxGlobalSlashCommands = 100;

    public static IReadOnlyList<string> Check(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var problems = new List<string>();
        if (commands.Count > MaxGlobalSlashCommands)
        {
            problems.Add($"{commands.Count} commands; Discord allows {MaxGlobalSlashCommands}.");
        }

        foreach (var duplicate in commands.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"/{duplicate.Key} is defined {duplicate.Count()} times.");
        }

        foreach (var command in commands)
        {
            var path = "/" + command.Name;
            CheckNameAndDescription(command.Name, command.Description, path, problems);
            CheckOptions(command.Options ?? [], path, depth: 0, problems);
            var size = TotalCharacters(command);
            if (size > MaxTotalCharacters)
            {
                problems.Add($"{path}: {size} characters of names, descriptions and choices; Discord allows {MaxTotalCharacters}.");
            }

            if (command.DefaultMemberPermissions is { } permissions && !ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"{path}: default_member_permissions must be a permission bit set written as a decimal string.");
            }
        }

        return problems;
    }

    private static void CheckOptions(IReadOnlyList<ApplicationCommandOption> options, string path, int depth, List<string> problems)
    {
        if (options.Count > MaxOptions)
        {
            problems.Add($"{path}: {options.Count} options; Discord allows {MaxOptions}.");
        }

        foreach (var duplicate in options.GroupBy(o => o.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{path}: the option name `{duplicate.Key}` is used twice.");
        }

        var seenOptional = false;
        var nested = options.Count(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        if (nested > 0 && nested < options.Count)
        {
            problems.Add($"{path}: subcommands cannot sit beside plain options.");
        }

        foreach (var option in options)
        {
            var optionPath = $"{path} {option.Name}";
            CheckNameAndDescription(option.Name, option.Description, optionPath, problems);
            CheckOption(option, optionPath, depth, problems);
            if (option.Required == true && seenOptional)
            {
                problems.Add($"{optionPath}: required options must come before optional ones.");
            }

            seenOptional |= option.Required != true && option.Type is not (ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        }
    }

    private static void CheckOption(ApplicationCommandOption option, string path, int depth, List<string> problems)
    {
        var choices = option.Choices ?? [];
        if (choices.Count > MaxChoices)
        {
            problems.Add($"{path}: {choices.Count} choices; Discord allows {MaxChoices}.");
        }

        if (choices.Count > 0 && option.Autocomplete == true)
        {
            problems.Add($"{path}: an option cannot have both choices and autocomplete.");
        }

        foreach (var choice in choices.Where(c => c.Name.Length is < 1 or > DiscordLimits.ChoiceName))
        {
            problems.Add($"{path}: the choice `{choice.Name}` must have a name of 1 to {DiscordLimits.ChoiceName} characters.");
        }

        switch (option.Type)
        {
            case ApplicationCommandOptionType.SubCommandGroup when depth > 0:
            case ApplicationCommandOptionType.SubCommand when depth > 1:
                problems.Add($"{path}: subcommands nest at most command → group → subcommand.");
                break;
            case ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup:
                CheckOptions(option.Options ?? [], path, depth + 1, problems);
                break;
            default:
                if (option.Options is { Count: > 0 })
                {
                    problems.Add($"{path}: only subcommands and groups can have options of their own.");
                }

                break;
        }

        if (option.MaxLength is { } max && (max < 1 || max > 6000 || max < (option.MinLength ?? 0)))
        {
            problems.Add($"{path}: max_length must be 1 to 6000 and at least min_length.");
        }

        if (option is { MinValue: { } low, MaxValue: { } high } && low > high)
        {
            problems.Add($"{path}: min_value is above max_value.");
        }
    }

    private static void CheckNameAndDescription(string name, string description, string path, List<string> problems)
    {
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            problems.Add($"{path}: the name must be 1 to 32 lowercase letters, digits, '-', '_' or apostrophes.");
        }

        if (description.Length is < 1 or > 100)
        {
            problems.Add($"{path}: the description must be 1 to 100 characters, not {description.Length}.");
        }
    }

    /// <summary>The sum Discord counts against its 8000-character limit: names, descriptions and choice names and values.</summary>
    public static int TotalCharacters(ApplicationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Name.Length + command.Description.Length + (command.Options ?? []).Sum(OptionCharacters);
    }

    private static int OptionCharacters(ApplicationCommandOption option) =>
        option.Name.Length + option.Description.Length
        + (option.Choices ?? []).Sum(c => c.Name.Length + c.Value.ToString().Length)
        + (option.Options ?? []).Sum(OptionCharacters);

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
