namespace Roadmap.Discord.Interactions;

/// <summary>Answers clicks on components whose custom id names <see cref="ComponentName"/> as its handler.</summary>
public interface IComponentHandler
{
    string ComponentName { get; }

    ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken);
}
