using Dapper;
using Roadmap.Bot.Persistence;

namespace Roadmap.Bot.Cohorts;

/// <summary>
/// Moves each period board's window to now (<c>0011_period_boards</c>): the points that aged out of
/// the last 7 or 30 days since the last run leave the kept counts, and <c>board_windows.since</c>
/// moves with them, in one transaction, so the counts and their moment never disagree. Run by the
/// cohorts' minute job; a board asked for between runs corrects for the minutes since itself
/// (<see cref="LeaderboardStore"/>), so how often this runs changes speed, never an answer.
/// </summary>
internal sealed class BoardWindowSweep(SqliteConnectionFactory factory, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        const string kept = "SELECT since FROM board_windows WHERE period = @Period";
        const string move = "UPDATE board_windows SET since = @To WHERE period = @Period";
        var now = StoredTime.Now(time);
        var connection = await factory.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var period in BoardPeriod.All)
            {
                var from = DateTimeOffset.FromUnixTimeMilliseconds(
                    await connection.ExecuteScalarAsync<long>(kept, new { Period = period.Name, cancellationToken }, transaction));
                var to = period.Since(now);
                if (to == from)
                {
                    continue;
                }

                // No token in the parameters: Dapper.AOT's generated code does not compile for SQL
                // made at run time with one (BoardPeriod makes it per period). Each statement is
                // short, and the token is checked between them.
                var window = new { From = from, To = to };
                cancellationToken.ThrowIfCancellationRequested();
                if (to > from)
                {
                    await connection.ExecuteAsync(period.AgeCompletions, window, transaction);
                    await connection.ExecuteAsync(period.AgeSubmissions, window, transaction);
                }
                else
                {
                    // The clock went back: points that aged out are in the window again, and nothing
                    // records which they were but the rows themselves, so count again.
                    await connection.ExecuteAsync(period.Recount, window, transaction);
                }

                cancellationToken.ThrowIfCancellationRequested();
                await connection.ExecuteAsync(move, new { Period = period.Name, To = to, cancellationToken }, transaction);
            }

            transaction.Commit();
        }
    }
}
