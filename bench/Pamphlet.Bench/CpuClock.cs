using System.Runtime.InteropServices;

namespace Pamphlet.Bench;

/// <summary>
/// CPU time used by this whole process (all threads: JIT, GC, native code), from getrusage(2) in
/// microseconds. Wall-clock time on a shared 2-core machine swings with whatever else is running;
/// CPU time is what the build itself costs, so the bench reports both.
/// </summary>
public static partial class CpuClock
{
    private const int RusageSelf = 0;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public long Seconds;
        public long Microseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public TimeVal User;
        public TimeVal System;
        // ru_maxrss … ru_nivcsw: fourteen longs the bench does not read, but getrusage writes.
        public Fourteen Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct Fourteen
    {
        private long element;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, ref ResourceUsage usage);

    /// <summary>User + system CPU time of the process so far, in milliseconds.</summary>
    public static double NowMilliseconds()
    {
        var usage = default(ResourceUsage);
        if (getrusage(RusageSelf, ref usage) != 0) throw new InvalidOperationException($"getrusage failed (errno {Marshal.GetLastPInvokeError()})");
        static double Ms(TimeVal t) => t.Seconds * 1000.0 + t.Microseconds / 1000.0;
        return Ms(usage.User) + Ms(usage.System);
    }
}
