namespace Roadmap.Discord.Interactions;

/// <summary>Answers submitted modals whose custom id names <see cref="ModalName"/> as its handler.</summary>
public interface IModalHandler
{
    string ModalName { get; }

    ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken);
}
