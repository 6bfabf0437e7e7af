using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Bot.Members;
using Roadmap.Discord.Interactions;
using Roadmap.Discord.Models;
using Roadmap.Discord.Rest;

namespace Roadmap.Bot.Hosting.Discord;

/// <summary>
/// Answers one interaction within Discord's 3 seconds: directly when the handler is quick, otherwise
/// with a deferral after <see cref="DiscordBotOptions.DeferAfter"/> and the real reply as an edit or
/// follow-up when it is ready. Every interaction gets an answer; Discord's refusals are logged and
/// counted here (<see cref="BotMetrics.FailedAnswers"/>).
/// </summary>
internal sealed partial class InteractionResponder(
    InteractionRouter router,
    IDiscordRestClient rest,
    ServerVisits visits,
    IOptions<DiscordBotOptions> options,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<InteractionResponder> logger)
{
    /// <summary>
    /// Answers <paramref name="interaction"/>, whose gateway frame arrived at <paramref name="receivedAt"/>
    /// (a <see cref="TimeProvider"/> timestamp): the deferral clock and the recorded answer time (<see cref="BotMetrics.AnswerTime"/>) start there.
    /// </summary>
    public async Task RespondAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        metrics.Interactions.Add(1);
        // The visit is noted as the interaction arrives (a dictionary write), so it carries the time it
        // came, and a /privacy forget answered by this very interaction drops it instead of having it
        // written after the erasure.
        RecordServer(interaction);
        try
        {
            var routing = router.RouteAsync(interaction, cancellationToken);
            if (routing.IsCompletedSuccessfully)
            {
                // Most answers are ready before the handler returns: no deferral timer is needed.
                var timing = await CallbackAsync(interaction, routing.Result, cancellationToken);
                RecordAnswerTime(interaction, receivedAt, timing);
            }
            else
            {
                await RespondLaterAsync(interaction, routing.AsTask(), receivedAt, cancellationToken);
            }
        }
        catch (DiscordRestException ex) when (ex.Code == DiscordErrorCodes.UnknownInteraction)
        {
            // Expected, not a fault: the answer came after Discord's 3 seconds, or another instance
            // of the bot answered first. One line says so; a stack trace would add nothing.
            metrics.FailedAnswer(ErrorType(ex));
            LogExpired(logger, interaction.Id, NameOf(interaction));
        }
        catch (DiscordRestException ex)
        {
            metrics.FailedAnswer(ErrorType(ex));
            LogDiscordRefused(logger, ex, interaction.Id, (int)ex.StatusCode, ex.Code);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any other fault: the answer never left. The worker's boundary logs it.
            metrics.FailedAnswer(ex.GetType().Name);
            throw;
        }
    }

    private async Task RespondLaterAsync(Interaction interaction, Task<InteractionOutcome> routing, long receivedAt, CancellationToken cancellationToken)
    {
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete || await FinishesInTimeAsync(routing, receivedAt, cancellationToken))
        {
            var timing = await CallbackAsync(interaction, await routing, cancellationToken);
            RecordAnswerTime(interaction, receivedAt, timing);
            return;
        }

        var isComponent = interaction.Type == InteractionType.MessageComponent;
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, isComponent ? InteractionResponse.DeferUpdate() : InteractionResponse.Defer(ephemeral: true), cancellationToken);
        var name = NameOf(interaction);
        LogDeferred(logger, interaction.Id, name);
        var outcome = await routing;
        await CompleteDeferredAsync(interaction, outcome.Reply ?? Reply.Problem("Nothing to show."), isComponent, cancellationToken);
    }

    /// <summary>True when the handler finished before <see cref="DiscordBotOptions.DeferAfter"/> had passed since the frame arrived.</summary>
    private async Task<bool> FinishesInTimeAsync(Task routing, long receivedAt, CancellationToken cancellationToken)
    {
        var left = options.Value.DeferAfter - time.GetElapsedTime(receivedAt);
        if (left <= TimeSpan.Zero)
        {
            return routing.IsCompleted;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(left, time, timer.Token);
        var first = await Task.WhenAny(routing, deadline);
        await timer.CancelAsync();
        return first == routing;
    }

    private void RecordAnswerTime(Interaction interaction, long receivedAt, CallbackTiming timing) =>
        metrics.RecordAnswer(time.GetElapsedTime(receivedAt, timing.SentAt), time.GetElapsedTime(receivedAt, timing.AcceptedAt), CommandOf(interaction));

    /// <summary>
    /// What an answer's time is tagged with. Only names Discord knows go in (the bot's own commands),
    /// never a button's custom id, which carries a milestone: the set of tags stays small.
    /// </summary>
    internal static string CommandOf(Interaction interaction) => interaction.Type switch
    {
        InteractionType.ApplicationCommand => "/" + interaction.Data?.Name,
        InteractionType.ApplicationCommandAutocomplete => "autocomplete /" + interaction.Data?.Name,
        InteractionType.MessageComponent => "button",
        InteractionType.ModalSubmit => "modal",
        _ => "other",
    };

    /// <summary>Discord's JSON error code (10062, 40060, …), or the HTTP status when the body carried none.</summary>
    private static string ErrorType(DiscordRestException ex) =>
        (ex.Code != 0 ? ex.Code : (int)ex.StatusCode).ToString(CultureInfo.InvariantCulture);

    private static string? NameOf(Interaction interaction) => interaction.Data?.Name ?? interaction.Data?.CustomId;

    private Task<CallbackTiming> CallbackAsync(Interaction interaction, InteractionOutcome outcome, CancellationToken cancellationToken)
    {
        var response = outcome.ToResponse();
        return outcome.Reply?.File is { } file
            ? rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, file.ToDiscordFile(), cancellationToken)
            : rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
    }

    private async Task CompleteDeferredAsync(Interaction interaction, Reply reply, bool isComponent, CancellationToken cancellationToken)
    {
        var data = reply.ToResponseData();
        var body = new MessageBody
        {
            Content = data.Content,
            Embeds = data.Embeds,
            Components = data.Components,
            AllowedMentions = data.AllowedMentions,
            Attachments = data.Attachments,
        };

        if (reply.File is { } file)
        {
            await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, body with { Flags = reply.Ephemeral ? MessageFlags.Ephemeral : null }, file.ToDiscordFile(), cancellationToken);
        }
        else if (!isComponent || reply.UpdatesMessage)
        {
            // After a command's deferral the "thinking" message is the original: the reply replaces it
            // (and stays private, as the deferral was). After a click it is the clicked message.
            await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, body, cancellationToken);
        }
        else
        {
            await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, body with { Flags = reply.Ephemeral ? MessageFlags.Ephemeral : null }, cancellationToken);
        }
    }

    /// <summary>Notes the server for the member; <see cref="ServerVisitsFlusher"/> writes it within a second.</summary>
    private void RecordServer(Interaction interaction)
    {
        if (interaction.GuildId is { } guildId && interaction.Invoker is { } user)
        {
            visits.Note(guildId, user.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deferred interaction {InteractionId} ({Name}): the handler took longer than the deferral threshold")]
    private static partial void LogDeferred(ILogger logger, ulong interactionId, string? name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId} ({Name}) expired before its answer reached Discord (10062 Unknown interaction): the answer took longer than Discord's 3 seconds, or another instance of the bot answered it first")]
    private static partial void LogExpired(ILogger logger, ulong interactionId, string? name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused the answer to interaction {InteractionId}: HTTP {Status}, code {Code}")]
    private static partial void LogDiscordRefused(ILogger logger, Exception exception, ulong interactionId, int status, int? code);
}
