using Pamphlet.Engine;

namespace Pamphlet.Studio;

/// <summary>
/// What every request of one studio shares: the folder, the warm engine (fonts, shaping and
/// composition caches stay loaded between renders), one render at a time (two cores drawing two
/// stale versions of the same text help nobody), and one save at a time (so a version check and the
/// write that follows it are never interleaved with another save).
/// </summary>
internal sealed class Studio(StudioFolder folder, PamphletEngine engine)
{
    public StudioFolder Folder { get; } = folder;

    public PamphletEngine Engine { get; } = engine;

    public SemaphoreSlim RenderGate { get; } = new(1, 1);

    public Lock SaveGate { get; } = new();
}
