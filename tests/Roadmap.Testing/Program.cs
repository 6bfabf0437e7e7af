using Roadmap.Testing;

// Runs the fake Discord on its own so a person can point the bot at it by hand.
var port = args.Length > 0 && int.TryParse(args[0], out var p) ? p : 5151;
await using var server = await FakeDiscordServer.StartAsync(port);
Console.WriteLine($"Fake Discord listening on {server.BaseUri}");
Console.WriteLine($"Point the bot at it: Discord__ApiBaseUrl={server.ApiBaseUri}");
Console.WriteLine("Press Ctrl+C to stop.");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
await stop.Task;
