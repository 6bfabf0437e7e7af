using Roadmap.Bot.Text;
using Roadmap.Discord.Models;

namespace Roadmap.Bot.Hosting.LocalMode;

/// <summary>
/// Reads a line typed as on Discord (<c>/done milestone:http-basics note:"read the RFC"</c>) into
/// the interaction Discord would send, checked against the router's command definitions. Names
/// that do not exist get a "did you mean"; everything about values beyond their type is left to the
/// shared option parser behind the router.
/// </summary>
internal sealed class CommandLineParser(IReadOnlyList<ApplicationCommand> definitions, LocalInteractions interactions)
{
    public LocalParseResult Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (!text.StartsWith('/'))
        {
            return LocalParseResult.Fail(NotACommand(text));
        }

        var tokenized = LineTokenizer.Tokenize(text[1..]);
        if (tokenized.Problem is { } problem)
        {
            return LocalParseResult.Fail(problem);
        }

        var tokens = tokenized.Tokens;
        if (tokens.Count == 0 || !tokens[0].IsBare || tokens[0].Value.Length == 0)
        {
            return LocalParseResult.Fail("Type a command name right after the `/`, like `/next` or `/help`.");
        }

        var name = tokens[0].Value.ToLowerInvariant();
        if (definitions.FirstOrDefault(d => d.Name == name) is not { } command)
        {
            return LocalParseResult.Fail(UnknownCommand(name));
        }

        return ParseCommand(command, tokens);
    }

    private LocalParseResult ParseCommand(ApplicationCommand command, IReadOnlyList<LineToken> tokens)
    {
        var path = "/" + command.Name;
        var declared = command.Options ?? [];
        var chain = new List<ApplicationCommandOption>();
        var index = 1;
        while (declared.Any(IsNested))
        {
            if (ChooseNested(declared, index < tokens.Count ? tokens[index] : null) is not { } chosen)
            {
                return LocalParseResult.Fail(NestedProblem(path, declared, index < tokens.Count ? tokens[index] : null));
            }

            chain.Add(chosen);
            path += " " + chosen.Name;
            declared = chosen.Options ?? [];
            index++;
        }

        var options = new OptionLineReader(path, declared, interactions.Member).Read(tokens.Skip(index));
        if (options.Problem is { } problem)
        {
            return LocalParseResult.Fail(problem);
        }

        var data = new InteractionData
        {
            Name = command.Name,
            Type = (int)ApplicationCommandType.ChatInput,
            Options = Nest(chain, options.Options),
            Resolved = options.Users.Count == 0 ? null : new ResolvedData { Users = options.Users },
        };
        return LocalParseResult.Ok(interactions.Command(data));
    }

    /// <summary>Discord sends a subcommand's options inside the subcommand, and the subcommand inside its group.</summary>
    private static IReadOnlyList<InteractionDataOption> Nest(List<ApplicationCommandOption> chain, IReadOnlyList<InteractionDataOption> options)
    {
        var given = options;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            given = [new InteractionDataOption { Name = chain[i].Name, Type = chain[i].Type, Options = given }];
        }

        return given;
    }

    private static bool IsNested(ApplicationCommandOption option) =>
        option.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup;

    private static ApplicationCommandOption? ChooseNested(IReadOnlyList<ApplicationCommandOption> declared, LineToken? token) =>
        token is { IsBare: true } ? declared.FirstOrDefault(o => string.Equals(o.Name, token.Value, StringComparison.OrdinalIgnoreCase)) : null;

    private static string NestedProblem(string path, IReadOnlyList<ApplicationCommandOption> declared, LineToken? token)
    {
        var names = string.Join(", ", declared.Select(o => $"`{o.Name}`"));
        if (token is not { IsBare: true })
        {
            // The same words the shared option parser uses when Discord sends no subcommand.
            return $"`{path}` needs one of: {names}. For example: `{path} {declared[0].Name}`.";
        }

        var guess = DidYouMean.Closest(token.Value, declared.Select(o => o.Name)) is { } match ? $" Did you mean `{path} {match}`?" : "";
        return $"`{path}` has no `{token.Value}`.{guess} It takes one of: {names}.";
    }

    private string UnknownCommand(string name)
    {
        var guess = DidYouMean.Closest(name, definitions.Select(d => d.Name)) is { } match ? $" Did you mean `/{match}`?" : "";
        return $"I don't know `/{name}`.{guess} Type `/help` to see every command.";
    }

    private string NotACommand(string text)
    {
        var word = text.Split(' ', 2)[0].ToLowerInvariant();
        var guess = definitions.Any(d => d.Name == word) ? $" Did you mean `/{word}`?" : " For example `/next` or `/help`.";
        return $"Commands start with `/`.{guess} To pick a numbered action, type its number alone.";
    }
}
