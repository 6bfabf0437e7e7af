namespace Roadmap.Bot.Hosting.Discord;

/// <summary>The two parts of the bot the worker hands work to, once they exist (<see cref="AnsweringSide"/>).</summary>
internal sealed record Answering(InteractionResponder Responder, CommandRegistrar Registrar);
