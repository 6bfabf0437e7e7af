using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bot.Content;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// What the worker answers and registers with (the router over every command, built on the roadmap),
/// made once the roadmap has loaded rather than when the worker is. So the gateway connects and
/// identifies before the roadmap is in, and the worker waits here, as it waits for the database,
/// before it registers commands or answers. It asks the container itself because the container can
/// only make these once the load is done; nothing else in the bot does that.
/// </summary>
internal sealed class AnsweringSide(IServiceProvider services, RoadmapLoading roadmap)
{
    private readonly Lock _starting = new();
    private Task<Answering?>? _ready;

    /// <summary>The responder and registrar; null when the roadmap did not load (the program says why and stops).</summary>
    public Task<Answering?> ReadyAsync()
    {
        lock (_starting)
        {
            return _ready ??= Task.Run(BuildAsync);
        }
    }

    private async Task<Answering?> BuildAsync()
    {
        try
        {
            await roadmap.Loaded;
        }
        catch (Exception ex) when (ex is InvalidContentException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return new Answering(services.GetRequiredService<InteractionResponder>(), services.GetRequiredService<CommandRegistrar>());
    }
}
