using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Bot.Cohorts;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting;
using Roadmap.Bot.Nudges;
using Roadmap.Bot.Persistence;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Json;
using Roadmap.Discord.Models;
using Roadmap.Testing;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>
/// The bot's real composition (real content, real SQLite in a temporary file, every command) with a
/// hand-moved clock. Tests send it interactions as Discord would and read the replies.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private BotHarness(ServiceProvider services, string folder, FakeTimeProvider clock)
    {
        _services = services;
        _folder = folder;
        Clock = clock;
    }

    public static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; }

    public InteractionRouter Router => _services.GetRequiredService<InteractionRouter>();

    public string DatabasePath => Path.Combine(_folder, "roadmap.db");

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static Task<BotHarness> StartAsync() =>
        StartAsync(Path.Combine(Path.GetTempPath(), "roadmap-bot-" + Guid.NewGuid().ToString("N")), new FakeTimeProvider(Start));

    /// <summary>
    /// Stops this bot and starts a new composition on the same database file and clock, as a restart
    /// does: only what is stored survives. Dispose the returned harness; this one is done.
    /// </summary>
    public async Task<BotHarness> RestartAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return await StartAsync(_folder, Clock);
    }

    private static async Task<BotHarness> StartAsync(string folder, FakeTimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(folder, "roadmap.db"),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<FakeNudgeSender>()
            .AddSingleton<INudgeSender>(provider => provider.GetRequiredService<FakeNudgeSender>())
            .AddSingleton<FakeChannelPoster>()
            .AddSingleton<IChannelPoster>(provider => provider.GetRequiredService<FakeChannelPoster>())
            .AddRoadmapCoach(ContentLoader.LoadValid(RepositoryPaths.Content))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new BotHarness(services, folder, clock);
    }

    public async Task<Reply> SendAsync(Interaction interaction)
    {
        var outcome = await Router.RouteAsync(interaction, CancellationToken.None);
        return outcome.Reply ?? throw new InvalidOperationException("Expected a reply, got " + (outcome.Choices is null ? "a pong" : "choices"));
    }

    /// <summary>Runs a command as the default member in the test server, with string options.</summary>
    public Task<Reply> RunAsync(string name, params (string Name, object Value)[] options) =>
        SendAsync(InteractionFactory.Command(name, options.Select(o => InteractionFactory.Option(o.Name, o.Value, TypeOf(o.Value))).ToArray()));

    public Task<Reply> RunAsAsync(ulong userId, string name, params (string Name, object Value)[] options) =>
        SendAsync(InteractionFactory.CommandBy(userId, "member" + userId, name, options.Select(o => InteractionFactory.Option(o.Name, o.Value, TypeOf(o.Value))).ToArray()));

    public Task<Reply> ClickAsync(string customId, params string[] values) =>
        SendAsync(InteractionFactory.ClickBy(InteractionFactory.MemberId, "ada", customId, values));

    public async Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(string command, string option, string typed)
    {
        var outcome = await Router.RouteAsync(InteractionFactory.Autocomplete(command, InteractionFactory.Option(option, typed, focused: true)), CancellationToken.None);
        return outcome.Choices ?? throw new InvalidOperationException("Expected choices.");
    }

    /// <summary>Everything the user would read in a reply: content, embed titles, descriptions, fields and footers.</summary>
    public static string Text(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = new List<string?> { reply.Content };
        foreach (var embed in reply.Embeds)
        {
            parts.Add(embed.Title);
            parts.Add(embed.Description);
            parts.AddRange((embed.Fields ?? []).SelectMany(f => new[] { f.Name, f.Value }));
            parts.Add(embed.Footer?.Text);
        }

        return string.Join('\n', parts.OfType<string>());
    }

    /// <summary>The labels and custom ids of every button and select option, as a user could click them.</summary>
    public static IReadOnlyList<(string Label, string CustomId)> Actions(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Components.SelectMany(row => row.Components).SelectMany(component => component switch
        {
            Button { CustomId: { } id } button => [(button.Label ?? "", id)],
            StringSelect select => select.Options.Select(o => (o.Label, select.CustomId + "=" + o.Value)),
            _ => Array.Empty<(string, string)>(),
        }).ToList();
    }

    public static string Json(Reply reply) => JsonSerializer.Serialize(reply.ToResponse(), DiscordJson.Options);

    private static ApplicationCommandOptionType TypeOf(object value) => value switch
    {
        long or int => ApplicationCommandOptionType.Integer,
        bool => ApplicationCommandOptionType.Boolean,
        _ => ApplicationCommandOptionType.String,
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
