using System.Globalization;

namespace Pamphlet.Fuzz;

/// <summary>Resident memory of a process, from Linux's /proc: its current and its peak (high-water mark) size.</summary>
internal static class PeakRss
{
    /// <summary>This process's peak resident set (VmHWM) in kilobytes; 0 where /proc is missing.</summary>
    public static long OfThisProcess() => Read("/proc/self/status", "VmHWM:");

    /// <summary>The current resident set (VmRSS) of process <paramref name="pid"/> in kilobytes; 0 when it is gone.</summary>
    public static long CurrentOf(int pid) => Read($"/proc/{pid}/status", "VmRSS:");

    /// <summary>The peak resident set (VmHWM) of process <paramref name="pid"/> in kilobytes; 0 when it is gone.</summary>
    public static long PeakOf(int pid) => Read($"/proc/{pid}/status", "VmHWM:");

    private static long Read(string path, string key)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
                var digits = new string(line.AsSpan(key.Length).ToArray().Where(char.IsDigit).ToArray());
                return long.Parse(digits, CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        return 0;
    }
}
