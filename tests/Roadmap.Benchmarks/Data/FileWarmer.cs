namespace Roadmap.Benchmarks.Data;

/// <summary>
/// Reads a file once from start to end so the operating system has it cached. A bot that has run
/// for a while has its database in the page cache; without this the first measured scenario would
/// also pay for disk reads that a long-running bot does not make.
/// </summary>
public static class FileWarmer
{
    public static async Task WarmAsync(string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 20];
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            while (await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
    }
}
