using Pamphlet.Documents.Model;

namespace Pamphlet.Engine;

/// <summary>
/// The figures' image files checked (<see cref="ImageChecks.Verify(Document, HashSet{string}, DecodedImages)"/>) on
/// another core while the build reads layouts and composes: decoding the sample's photo is about a
/// tenth of a cold build's work (bench/README.md, issue 13). The build waits for it before it first
/// uses the verified files, before it writes anything, and whenever another step fails, so an image's
/// error is still the one reported, exactly as when the check ran first.
/// </summary>
internal sealed class FigureImageCheck
{
    private readonly HashSet<string> verified = new(StringComparer.Ordinal);
    private readonly BuildInputs? inputs;
    private readonly Task check;
    private bool reported;

    private FigureImageCheck(Document document, DecodedImages decoded, BuildInputs? inputs)
    {
        this.inputs = inputs;
        // A thread of its own, not the thread pool's: in a batch the pool's threads are all building
        // editions, and a queued check would keep its edition waiting.
        check = Task.Factory.StartNew(() => ImageChecks.Verify(document, verified, decoded), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Starts checking every figure's image file of <paramref name="document"/> (skipping bytes
    /// <paramref name="decoded"/> has decoded before); files are noted in <paramref name="inputs"/> when waited for.
    /// </summary>
    public static FigureImageCheck Start(Document document, DecodedImages decoded, BuildInputs? inputs) => new(document, decoded, inputs);

    /// <summary>
    /// Waits for the check and gives the full paths of the files it verified (the build adds to the
    /// set). Throws the check's error, if it found one.
    /// </summary>
    public HashSet<string> Verified()
    {
        try
        {
            check.GetAwaiter().GetResult();
        }
        finally
        {
            // The image that failed is in the set too: the watcher waits for it to be fixed.
            if (!reported)
            {
                reported = true;
                foreach (var image in verified) inputs?.AddFile(image);
            }
        }

        return verified;
    }

    /// <summary>
    /// Runs <paramref name="work"/>, which uses this check's result; when it fails, an image's error found
    /// meanwhile is the one reported, as when the check ran first.
    /// </summary>
    public T Around<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception)
        {
            Verified();
            throw;
        }
    }
}
