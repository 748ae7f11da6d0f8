namespace Pamphlet.Fuzz;

/// <summary>How a case ended.</summary>
internal static class Outcomes
{
    /// <summary>Built, and every checked PDF printed every word.</summary>
    public const string Built = "built";
    /// <summary>Refused with a user error (PamphletException, exit 1 or 2): fine.</summary>
    public const string Refused = "refused";
    /// <summary>Any other exception, or exit 70: a bug.</summary>
    public const string Crash = "crash";
    /// <summary>Built, but a checked PDF lost words (or an image, or printed Markdown as text).</summary>
    public const string Lost = "lost";
    /// <summary>No answer within the time limit: the worker was killed (set by the coordinator).</summary>
    public const string Hang = "hang";
    /// <summary>The worker grew past the memory limit and was killed (set by the coordinator).</summary>
    public const string Memory = "memory";
    /// <summary>The worker process died (stack overflow, native assert…) (set by the coordinator).</summary>
    public const string Died = "died";
}

/// <summary>
/// What a worker reports for one case. <see cref="Signature"/> groups failures of one cause;
/// <see cref="Detail"/> has the stack trace or the lost words.
/// </summary>
internal sealed record CaseResult(
    string Seed,
    string Kind,
    string Outcome,
    string Family,
    string Signature,
    int LostWords,
    long Milliseconds,
    long PeakRssKilobytes,
    string Detail)
{
    public bool Failed => Outcome is not (Outcomes.Built or Outcomes.Refused);
}
