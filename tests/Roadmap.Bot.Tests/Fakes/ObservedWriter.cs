using System.Text;

namespace Roadmap.Bot.Tests.Fakes;

/// <summary>Output a test can wait on while the chat writes it from another task: everything written, read safely.</summary>
internal sealed class ObservedWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _text.ToString().ReplaceLineEndings("\n");
            }
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock)
        {
            _text.Append(buffer, index, count);
        }
    }

    /// <summary>Waits until the output holds <paramref name="expected"/>; fails with the output so far after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(string expected, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!Text.Contains(expected, StringComparison.Ordinal))
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"The output never showed \"{expected}\". It was:\n{Text}");
            }

            await Task.Delay(10, CancellationToken.None);
        }
    }
}
