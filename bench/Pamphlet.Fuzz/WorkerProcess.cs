using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Pamphlet.Fuzz;

/// <summary>
/// One worker process seen from the coordinator: sends it seeds, turns its output lines into events,
/// remembers the end of its stderr (for a crash report), and kills it with everything it started.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    /// <summary>Lines of stderr kept for a crash report.</summary>
    private const int StderrLines = 40;

    private readonly Process process;
    private readonly Queue<string> stderr = new();

    public WorkerProcess(int slot, string work, long heapLimitBytes, BlockingCollection<(WorkerProcess Worker, string? Line)> events)
    {
        Slot = slot;
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        // Started the way this process was: "dotnet Pamphlet.Fuzz.dll …" or the app host itself.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        foreach (var a in new[] { "worker", "--work", work }) start.ArgumentList.Add(a);
        // A managed allocation past the limit fails with OutOfMemoryException inside the worker, a safety
        // net under the coordinator's polling (which also catches native memory, such as decoded images).
        start.Environment["DOTNET_GCHeapHardLimit"] = heapLimitBytes.ToString("x", CultureInfo.InvariantCulture);
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start a worker process");
        process.StandardInput.AutoFlush = true;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr)
            {
                stderr.Enqueue(e.Data);
                while (stderr.Count > StderrLines) stderr.Dequeue();
            }
        };
        process.BeginErrorReadLine();
        var reader = new Thread(() =>
        {
            try
            {
                string? line;
                while ((line = process.StandardOutput.ReadLine()) is not null) events.Add((this, line));
            }
            catch (IOException)
            {
                // The worker was killed while writing.
            }
            events.Add((this, null));
        })
        { IsBackground = true, Name = "worker " + slot };
        reader.Start();
    }

    public int Slot { get; }
    public int Pid => process.Id;

    /// <summary>The case it is working on, and since when.</summary>
    public ulong? Current { get; private set; }
    public Stopwatch Since { get; } = new();
    public int CasesDone { get; private set; }

    /// <summary>Starts a case; in <paramref name="folder"/> (kept afterwards) when given, else in the worker's own.</summary>
    public void Send(ulong seed, string? folder = null)
    {
        Current = seed;
        Since.Restart();
        process.StandardInput.WriteLine(Seeds.Format(seed) + (folder is null ? "" : " " + folder));
    }

    public void Finished()
    {
        Current = null;
        CasesDone++;
    }

    public string StderrTail
    {
        get
        {
            lock (stderr) return string.Join('\n', stderr);
        }
    }

    /// <summary>The exit code once it has ended (a signal shows as 128 + its number), else null.</summary>
    public int? ExitCode => process.WaitForExit(2000) ? process.ExitCode : null;

    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Asks it to finish (end of input) and waits a little before killing it.</summary>
    public void Stop()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5000)) Kill();
        }
        catch (IOException)
        {
            Kill();
        }
    }

    public void Dispose() => process.Dispose();
}
