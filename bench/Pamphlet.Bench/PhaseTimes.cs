using System.Diagnostics;

namespace Pamphlet.Bench;

/// <summary>One timed phase: wall-clock and process CPU milliseconds.</summary>
public readonly record struct PhaseTime(string Phase, double Wall, double Cpu);

/// <summary>Named phase timings of one build, in the order they ran.</summary>
public sealed class PhaseTimes
{
    private readonly List<PhaseTime> phases = [];

    public IReadOnlyList<PhaseTime> Phases => phases;

    public double Wall => phases.Sum(p => p.Wall);

    public double Cpu => phases.Sum(p => p.Cpu);

    /// <summary>Runs <paramref name="work"/>, records how long it took under <paramref name="phase"/>, and returns its result.</summary>
    public T Time<T>(string phase, Func<T> work)
    {
        var cpu = CpuClock.NowMilliseconds();
        var start = Stopwatch.GetTimestamp();
        var result = work();
        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        phases.Add(new PhaseTime(phase, wall, CpuClock.NowMilliseconds() - cpu));
        return result;
    }

    public void Time(string phase, Action work) => Time(phase, () => { work(); return 0; });

    public void Record(string phase, double wall, double cpu) => phases.Add(new PhaseTime(phase, wall, cpu));
}
