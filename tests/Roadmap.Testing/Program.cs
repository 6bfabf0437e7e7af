using Roadmap.Testing;

// Runs the fake Discord on its own so a person can point the bot at it by hand, then type slash
// commands here: each line becomes an INTERACTION_CREATE from a test member, and the answer the bot
// sends back to "Discord" is printed.
var port = args.Length > 0 && int.TryParse(args[0], out var p) ? p : 5151;
await using var server = await FakeDiscordServer.StartAsync(port);
Console.WriteLine($"Fake Discord listening on {server.BaseUri}");
Console.WriteLine($"Start the bot with: Discord__Token={FakeRest.DefaultToken} Discord__ApiBaseUrl={server.ApiBaseUri} dotnet run --project src/Roadmap.Bot");
Console.WriteLine("Then type a command here, such as /next or /done milestone:http-basics. Ctrl+C stops.");

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var console = new FakeConsole(server, Console.Out);
try
{
    await console.RunAsync(Console.In, stop.Token);
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Stopped.");
}
