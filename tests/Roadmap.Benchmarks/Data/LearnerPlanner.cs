using Roadmap.Bot.Members;
using Roadmap.Bot.Progress;

namespace Roadmap.Benchmarks.Data;

/// <summary>
/// Invents learners that look like a live server's: most follow the track roughly in order, a few
/// milestones are skipped, the latest one or two are in progress, and the history holds every change
/// that led there, including the odd undo. Seeded, so every run generates the same data.
/// </summary>
internal sealed class LearnerPlanner(IReadOnlyList<string> milestoneIds, IReadOnlyList<string> stackIds, Random random)
{
    private static readonly string NotStarted = StoredStatus.Of(MilestoneStatus.NotStarted);
    private static readonly string InProgress = StoredStatus.Of(MilestoneStatus.InProgress);
    private static readonly string Done = StoredStatus.Of(MilestoneStatus.Done);
    private static readonly string Skipped = StoredStatus.Of(MilestoneStatus.Skipped);

    private const long Hour = 3_600_000;
    private const long Day = 24 * Hour;

    private readonly long _now = DatasetShape.Now.ToUnixTimeMilliseconds();
    private readonly double[] _scores = new double[milestoneIds.Count];
    private readonly int[] _order = new int[milestoneIds.Count];

    /// <summary>How many progress rows each member has: skewed like a real server (many beginners, a few finishers), adding up to exactly <paramref name="total"/>.</summary>
    public int[] RowCounts(int members, int total)
    {
        var max = milestoneIds.Count;
        var counts = new int[members];
        for (var i = 0; i < members; i++)
        {
            var roll = random.NextDouble();
            counts[i] = roll switch
            {
                < 0.05 => 0,
                < 0.30 => random.Next(1, 9),
                < 0.65 => random.Next(9, 29),
                < 0.90 => random.Next(29, Math.Min(46, max + 1)),
                _ => random.Next(Math.Min(46, max), max + 1),
            };
        }

        // Nudge random members up or down one row at a time until the total is exact; members with
        // no rows stay at none.
        var missing = total - counts.Sum();
        while (missing != 0)
        {
            var i = random.Next(members);
            if (missing > 0 && counts[i] is > 0 && counts[i] < max)
            {
                counts[i]++;
                missing--;
            }
            else if (missing < 0 && counts[i] > 1)
            {
                counts[i]--;
                missing++;
            }
        }

        return counts;
    }

    public PlannedMember Member(int index)
    {
        var created = _now - (long)(random.NextDouble() * 730 * Day) - Day;
        var visibility = random.NextDouble() switch
        {
            < 0.15 => Visibility.Private,
            < 0.80 => Visibility.Server,
            _ => Visibility.Public,
        };
        return new PlannedMember(
            DatasetShape.MemberId(index),
            random.NextDouble() < 0.3 ? null : stackIds[random.Next(stackIds.Count)],
            random.NextDouble() < 0.25 ? null : DatasetShape.TimeZones[Math.Min(random.Next(DatasetShape.TimeZones.Count), random.Next(DatasetShape.TimeZones.Count))],
            random.NextDouble() < 0.2 ? null : random.Next(2, 31),
            StoredVisibility.Of(visibility),
            created,
            created + (long)(random.NextDouble() * (_now - created) * 0.1));
    }

    /// <summary>The member's <paramref name="count"/> progress rows and their history, oldest first, numbering events from <paramref name="nextEventId"/>.</summary>
    public long Progress(PlannedMember member, int count, long nextEventId, List<PlannedRow> rows, List<PlannedEvent> events)
    {
        rows.Clear();
        events.Clear();
        if (count == 0)
        {
            return nextEventId;
        }

        PickMilestones();
        var start = member.CreatedAt;
        // About a third are active this week; the rest stopped at some point since joining.
        var end = random.NextDouble() < 0.35 ? _now - (long)(random.NextDouble() * 3 * Day) : start + (long)((_now - start) * (0.2 + (0.8 * random.NextDouble())));
        var inProgress = Math.Min(count, random.NextDouble() switch { < 0.3 => 0, < 0.75 => 1, < 0.95 => 2, _ => 3 });
        for (var i = 0; i < count; i++)
        {
            var id = milestoneIds[_order[i]];
            var at = Math.Max(start, start + (long)((end - start) * (i + 1 - (0.5 * random.NextDouble())) / count));
            if (i >= count - inProgress)
            {
                rows.Add(new PlannedRow(id, InProgress, at, null, null, at));
                events.Add(new PlannedEvent(nextEventId++, id, NotStarted, InProgress, null, null, at));
            }
            else if (random.NextDouble() < 0.12)
            {
                rows.Add(new PlannedRow(id, Skipped, null, null, null, at));
                events.Add(new PlannedEvent(nextEventId++, id, NotStarted, Skipped, null, null, at));
            }
            else
            {
                nextEventId = Finish(id, start, at, nextEventId, rows, events);
            }
        }

        return nextEventId;
    }

    private long Finish(string id, long joined, long at, long nextEventId, List<PlannedRow> rows, List<PlannedEvent> events)
    {
        var note = random.NextDouble() < 0.08 ? DatasetShape.Notes[random.Next(DatasetShape.Notes.Count)] : null;
        if (random.NextDouble() < 0.2)
        {
            // Marked done straight away: no start time, one event.
            rows.Add(new PlannedRow(id, Done, null, at, note, at));
            events.Add(new PlannedEvent(nextEventId++, id, NotStarted, Done, note, null, at));
            return nextEventId;
        }

        var started = Math.Max(joined, at - Hour - (long)(random.NextDouble() * 10 * Day));
        events.Add(new PlannedEvent(nextEventId++, id, NotStarted, InProgress, null, null, started));
        if (random.NextDouble() < 0.03)
        {
            // Done too early, undone a few minutes later, then done for real.
            var early = started + ((at - started) / 2);
            var doneEarly = nextEventId++;
            events.Add(new PlannedEvent(doneEarly, id, InProgress, Done, null, null, early));
            events.Add(new PlannedEvent(nextEventId++, id, Done, InProgress, null, doneEarly, early + (5 * 60_000)));
        }

        events.Add(new PlannedEvent(nextEventId++, id, InProgress, Done, note, null, at));
        rows.Add(new PlannedRow(id, Done, started, at, note, at));
        return nextEventId;
    }

    /// <summary>Orders the milestones as this learner takes them: track order with some wandering.</summary>
    private void PickMilestones()
    {
        for (var i = 0; i < _scores.Length; i++)
        {
            _scores[i] = i + (3 * Gaussian());
            _order[i] = i;
        }

        Array.Sort(_scores, _order);
    }

    private double Gaussian()
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
