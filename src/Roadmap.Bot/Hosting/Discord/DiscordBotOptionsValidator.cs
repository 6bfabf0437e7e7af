using Microsoft.Extensions.Options;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>Checks the Discord settings at start-up; each message names the key and the fix.</summary>
internal sealed class DiscordBotOptionsValidator : IValidateOptions<DiscordBotOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordBotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token) || options.Token.Any(char.IsWhiteSpace) || options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("Discord:Token must be the bot token from the Developer Portal's Bot page, without spaces or a \"Bot \" prefix (set Discord__Token).");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            problems.Add("Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.");
        }

        if (options.ApplicationId == 0 || options.DevGuildId == 0)
        {
            problems.Add("Discord:ApplicationId and Discord:DevGuildId must be real ids when set; leave them empty otherwise.");
        }

        if (options.Intents < 0)
        {
            problems.Add("Discord:Intents must be 0 or a positive bit set; this bot needs 0.");
        }

        if (options.DeferAfter <= TimeSpan.Zero || options.DeferAfter >= TimeSpan.FromSeconds(3))
        {
            problems.Add("Discord:DeferAfter must be between 0 and 3 seconds (Discord's deadline), such as 00:00:02.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
