namespace Pamphlet.Engine.Batch;

/// <summary>
/// Hears about a batch as it runs. Called from several threads at once (one per edition being
/// built), so implementations must synchronise their own state.
/// </summary>
public interface IBatchProgress
{
    void Started(int edition, string input);

    void Written(int edition, BuiltFile file);

    void Finished(EditionResult result);
}
