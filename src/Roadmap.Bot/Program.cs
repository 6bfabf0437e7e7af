using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting;




if (args is ["content", "check", ..])
{
    return ContentCheck.Run(ContentFolder.Resolve(args.Length > 2 ? args[2] : null), Console.Out);
}

return await BotProgram.RunAsync(args);
