using Roadmap.Bot.Browse;
using Roadmap.Bot.Content;
using Roadmap.Bot.Hosting;

if (args is ["content", "check", ..])
{
    return ContentCheck.Run(ContentFolder.Resolve(args.Length > 2 ? args[2] : null), Console.Out, RoadmapBoxTitles.Check);
}

if (args is ["nudges", ..])
{
    return await NudgePreviewProgram.RunAsync(args[1..], Console.Out, Console.Error);
}

return await BotProgram.RunAsync(args);
