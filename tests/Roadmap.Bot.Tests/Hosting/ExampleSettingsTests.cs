using System.Reflection;
using Microsoft.Extensions.Configuration;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting.Discord;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Bot.Pictures;
using Roadmap.Bot.Tests.Fakes;

namespace Roadmap.Bot.Tests.Hosting;

/// <summary>appsettings.example.json and the options classes cannot drift apart.</summary>
public sealed class ExampleSettingsTests
{
    private static readonly IConfigurationRoot Example = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.example.json"), optional: false)
        .Build();

    public static TheoryData<string, Type> Sections() => new()
    {
        { DiscordBotOptions.Section, typeof(DiscordBotOptions) },
        { DatabaseOptions.Section, typeof(DatabaseOptions) },
        { ContentOptions.Section, typeof(ContentOptions) },
        { NudgeOptions.Section, typeof(NudgeOptions) },
        { PicturesOptions.Section, typeof(PicturesOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Example_Section_BindsWithNoUnknownKey(string section, Type options)
    {
        var bound = Example.GetSection(section).Get(options, o => o.ErrorOnUnknownConfiguration = true);

        Assert.NotNull(bound);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Example_Section_ListsEveryOption(string section, Type options)
    {
        var keys = Example.GetSection(section).GetChildren().Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var properties = options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name);

        Assert.DoesNotContain(properties, p => !keys.Contains(p));
    }

    [Fact]
    public void Example_DiscordSection_PassesValidationApartFromThePlaceholderToken()
    {
        var options = Example.GetSection(DiscordBotOptions.Section).Get<DiscordBotOptions>()!;

        var result = new DiscordBotOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Null(options.ApplicationId);
        Assert.Equal(new Uri("https://discord.com/api/v10"), options.ApiBaseUrl);
    }

    [Fact]
    public void Validator_TokenWithBotPrefix_NamesTheKeyAndTheFix()
    {
        var result = new DiscordBotOptionsValidator().Validate(null, new DiscordBotOptions { Token = "Bot abc" });

        Assert.Contains("Discord:Token must be the bot token from the Developer Portal's Bot page", result.FailureMessage, StringComparison.Ordinal);
    }
}
