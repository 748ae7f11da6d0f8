namespace Pamphlet.Cli;

/// <summary>
/// How a command that runs until it is stopped (<c>watch</c>) learns of Ctrl+C: while such a command
/// listens, SIGINT stops it through this instead of ending the process, so it can finish what it is
/// writing and exit 0. Tests stop it themselves.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private volatile bool listening;

    /// <summary>Starts listening: Ctrl+C now cancels the token instead of ending the process.</summary>
    public CancellationToken Listen()
    {
        listening = true;
        return source.Token;
    }

    public void Dispose() => source.Dispose();

    /// <summary>Stops a listening command; false (nothing done) when no command listens.</summary>
    public bool TryStop()
    {
        if (!listening) return false;
        source.Cancel();
        return true;
    }
}
