namespace Roadmap.Bot.Hosting.Discord;

/// <summary>What the operator has to fix after each close code with which Discord ends the gateway for good.</summary>
public static class FatalCloseAdvice
{
    public static string For(int closeCode) => closeCode switch
    {
        4004 => "The token is wrong: reset it in the Developer Portal (your application, Bot, Reset Token) and set Discord__Token to the new one.",
        4010 => "The shard sent in IDENTIFY is invalid; the bot does not shard, so report this as a bug.",
        4011 => "The bot is in too many servers for one gateway connection and needs sharding, which this version does not do.",
        4012 => "The gateway API version is not supported any more: update Roadmap Coach.",
        4013 => "Discord:Intents is not a valid intents value: fix it, or remove it (slash commands need none).",
        4014 => "Discord:Intents asks for a privileged intent the application may not use: enable it in the Developer Portal (your application, Bot, Privileged Gateway Intents) or remove it from Discord__Intents.",
        _ => "Check the bot's settings in the Developer Portal and Discord__Token.",
    };
}
