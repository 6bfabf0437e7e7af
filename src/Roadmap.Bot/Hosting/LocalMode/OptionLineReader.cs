using System.Globalization;
using Roadmap.Bot.Text;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>Reads the <c>name:value</c> words after a command (and its subcommand) into typed options.</summary>
internal sealed class OptionLineReader(string path, IReadOnlyList<ApplicationCommandOption> declared, LocalMember member)
{
    public OptionLineResult Read(IEnumerable<LineToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var options = new List<InteractionDataOption>();
        var users = new Dictionary<string, User>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (token.Name is not { } typedName)
            {
                return OptionLineResult.Fail(BareWord(token));
            }

            var name = typedName.ToLowerInvariant();
            if (declared.FirstOrDefault(o => o.Name == name) is not { } option)
            {
                return OptionLineResult.Fail(UnknownOption(typedName));
            }

            if (options.Any(o => o.Name == name))
            {
                return OptionLineResult.Fail($"You gave `{name}` twice; give each option once.");
            }

            var value = OptionValueReader.Read(option, token.Value, member);
            if (value.Problem is { } problem)
            {
                return OptionLineResult.Fail(problem);
            }

            options.Add(new InteractionDataOption { Name = name, Type = option.Type, Value = value.Json });
            if (value.UserId is { } userId)
            {
                users[userId.ToString(CultureInfo.InvariantCulture)] = userId == member.UserId ? member.ToUser() : new User { Id = userId, Username = userId.ToString(CultureInfo.InvariantCulture) };
            }
        }

        return new OptionLineResult(options, users, null);
    }

    private string UnknownOption(string name)
    {
        if (declared.Count == 0)
        {
            return $"`{path}` takes no options, so `{name}:` has nowhere to go. Type `{path}` on its own.";
        }

        var guess = DidYouMean.Closest(name, declared.Select(o => o.Name)) is { } match ? $" Did you mean `{match}`?" : "";
        return $"`{path}` has no option `{name}`.{guess} Its options are: {OptionList()}.";
    }

    private string BareWord(LineToken token)
    {
        if (declared.FirstOrDefault(o => string.Equals(o.Name, token.Value, StringComparison.OrdinalIgnoreCase)) is { } option)
        {
            return $"`{option.Name}` needs a value: write it as `{option.Name}:value`, with no space after the colon.";
        }

        if (declared.Count == 0)
        {
            return $"`{path}` takes nothing after its name, so I don't know what `{token.Text}` is for.";
        }

        var text = declared.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.String)?.Name ?? declared[0].Name;
        return $"I don't know what `{token.Text}` is for. Write options as `name:value` and put a value with spaces in double quotes, like `{text}:\"two words\"`. The options of `{path}` are: {OptionList()}.";
    }

    private string OptionList() => string.Join(", ", declared.Select(o => $"`{o.Name}`"));
}
