using Roadmap.Bot.Content;

if (args is ["content", "check", ..])
{
    return ContentCheck.Run(ContentFolder.Resolve(args.Length > 2 ? args[2] : null), Console.Out);
}

Console.Error.WriteLine("Usage: Roadmap.Bot content check [folder]");
return 2;
