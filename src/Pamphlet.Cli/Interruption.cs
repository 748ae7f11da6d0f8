using System.Runtime.InteropServices;
using Pamphlet.Engine;

namespace Pamphlet.Cli;

/// <summary>
/// Ctrl+C (SIGINT), <c>kill</c> or a CI timeout (SIGTERM) and a closed terminal (SIGHUP) during a
/// build: the temporary file being written, if any, is deleted and no new one is started, PDFs
/// already moved into place stay (they are complete), and the process exits with 128 + the signal's
/// number as shells expect (130, 143, 129). While a command listens on the <see cref="StopSignal"/>
/// (<c>watch</c>), Ctrl+C stops that command instead and the process exits as it returns (0). Only
/// the real process registers this, never in-process tests.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly Messages messages;
    private readonly StopSignal stop;
    private readonly PosixSignalRegistration[] registrations;
    private volatile int exitCode;

    private Interruption(TextWriter error, StopSignal stop)
    {
        messages = new Messages(error);
        this.stop = stop;
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, Handle),
        ];
    }

    public static Interruption Register(TextWriter error, StopSignal stop) => new(error, stop);

    /// <summary>The exit code of the signal that interrupted the run, else null.</summary>
    public int? ExitCode => exitCode == 0 ? null : exitCode;

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        if (context.Signal == PosixSignal.SIGINT && stop.TryStop()) return;
        var (code, name) = context.Signal switch
        {
            PosixSignal.SIGINT => (ExitCodes.Interrupted, "SIGINT"),
            PosixSignal.SIGTERM => (ExitCodes.Terminated, "SIGTERM"),
            _ => (ExitCodes.HungUp, "SIGHUP"),
        };
        // Set first, for Main: a run that ends just as the signal comes exits with this code too.
        exitCode = code;
        TemporaryFiles.RemoveOwnAndExit(() =>
        {
            messages.Say($"pamphlet: stopped by {name}; no half-written file is left behind.");
            Environment.Exit(code);
        });
    }

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
    }
}
