namespace Pamphlet.Cli;

/// <summary>What the process exit code means (scripts and CI rely on these).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The input was wrong (file, front matter, layout, image, glyphs…): the message says what to fix.</summary>
    public const int BuildFailed = 1;
    /// <summary>The command line itself was wrong: unknown option, missing argument.</summary>
    public const int Usage = 2;
    /// <summary>A bug in Pamphlet: please report it.</summary>
    public const int InternalError = 70;
}
