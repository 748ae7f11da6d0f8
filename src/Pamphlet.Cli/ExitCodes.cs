namespace Pamphlet.Cli;

/// <summary>What the process exit code means (scripts and CI rely on these).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>
    /// The input or the machine said no (file, front matter, layout, image, glyphs; disk full, read-only,
    /// no permission…): the message says what to fix.
    /// </summary>
    public const int BuildFailed = 1;
    /// <summary>The command line itself was wrong: unknown option, missing argument, a bad value.</summary>
    public const int Usage = 2;
    /// <summary>A bug in Pamphlet: please report it. In a batch the other editions are still built and reported.</summary>
    public const int InternalError = 70;
    /// <summary>Stopped by SIGHUP (the terminal closed): 128 + 1, as shells report it.</summary>
    public const int HungUp = 129;
    /// <summary>Stopped by SIGINT (Ctrl+C): 128 + 2.</summary>
    public const int Interrupted = 130;
    /// <summary>Stopped by SIGTERM (kill, a CI timeout): 128 + 15.</summary>
    public const int Terminated = 143;
}
