using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Binds a region's <c>when-too-long:</c>, the steps it takes in order when its text does not fit even at its
/// minimum size: <c>slogan</c>, <c>one-line</c>, <c>drop-</c><i>content</i>, <c>more-lines</c> and <c>empty</c>,
/// or <c>fail</c> alone (the default: the build fails). Each step must suit what the region shows; a step that does
/// not, written in another file than the region's <c>content</c> (inherited from a layout whose region showed other
/// things), was meant for that content and is dropped.
/// </summary>
internal static class WhenTooLongBinder
{
    /// <summary>The word that keeps the default (the build fails), overriding an inherited list.</summary>
    public const string Fail = "fail";

    /// <summary>The prefix of a step that leaves one of the region's contents out: <c>drop-credit</c>.</summary>
    public const string DropPrefix = "drop-";

    private static readonly IReadOnlyDictionary<string, TooLongAction> Words = new Dictionary<string, TooLongAction>
    {
        ["slogan"] = TooLongAction.Slogan,
        ["one-line"] = TooLongAction.OneLine,
        ["more-lines"] = TooLongAction.MoreLines,
        ["empty"] = TooLongAction.Empty,
    };

    private const string Expected = "'fail', or a list of steps tried in order: slogan, one-line, drop-<content> (such as drop-credit), more-lines, empty; e.g. [slogan, empty]";

    public static IReadOnlyList<TooLongStep> Bind(RawNode node, MapReader region, PosterRegion bound)
    {
        var path = region.PathOf("when-too-long");
        IReadOnlyList<RawNode> items = node switch
        {
            RawScalar { IsNull: false } single => [single],
            RawList { Items.Count: > 0 } list => list.Items,
            _ => throw Errors.Expected(node, path, Expected),
        };
        var contentFile = region.Required("content").At.File;
        var steps = new List<TooLongStep>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = items.Count == 1 ? path : $"{path}[{i + 1}]";
            var word = Values.Text(items[i], itemPath);
            if (word == Fail)
            {
                if (items.Count > 1) throw Errors.At(items[i], $"'{path}' lists '{Fail}' with other steps; '{Fail}' means the build fails when the text does not fit, so write it alone.");
                continue;
            }
            var step = Step(word, items[i], itemPath);
            if (steps.Contains(step)) throw Errors.At(items[i], $"'{path}' lists '{word}' twice; remove one.");
            if (steps.Any(s => s.Action == TooLongAction.Empty)) throw Errors.At(items[i], $"'{path}' lists '{word}' after 'empty'; an empty region has nothing left to try, so put 'empty' last.");
            if (Problem(step, bound) is { } problem)
            {
                if (items[i].At.File == contentFile) throw Errors.At(items[i], $"'{itemPath}' is '{word}', but {problem}.");
                continue;
            }
            steps.Add(step);
        }
        return steps;
    }

    private static TooLongStep Step(string word, RawNode node, string path)
    {
        if (word.StartsWith(DropPrefix, StringComparison.Ordinal))
        {
            var content = word[DropPrefix.Length..];
            return PosterRegionBinder.Contents.TryGetValue(content, out var dropped)
                ? new TooLongStep(TooLongAction.Drop, dropped)
                : throw Errors.At(node, $"'{path}' is '{word}', but '{content}' is no content; write drop- and one of the region's contents, such as drop-credit.{Suggestions.DidYouMean(content, PosterRegionBinder.Contents.Keys)}");
        }
        return Words.TryGetValue(word, out var action)
            ? new TooLongStep(action)
            : throw Errors.At(node, $"'{path}' is '{word}'; expected {Expected}.{Suggestions.DidYouMean(word, Words.Keys.Append(Fail))}");
    }

    /// <summary>Why <paramref name="step"/> cannot help <paramref name="region"/>, or null when it can.</summary>
    private static string? Problem(TooLongStep step, PosterRegion region)
    {
        bool Shows(params PosterContent[] contents) => region.Content.Any(contents.Contains);
        return step.Action switch
        {
            TooLongAction.Slogan when !Shows(PosterContent.Quote, PosterContent.QuoteOrSlogan) => $"region '{region.Name}' shows no quote for the slogan to replace",
            TooLongAction.OneLine when !Shows(PosterContent.Signature) => $"region '{region.Name}' shows no signature to set on one line",
            TooLongAction.MoreLines when !Shows(PosterContent.Title) => $"region '{region.Name}' shows no title to set on more lines",
            TooLongAction.Empty when Shows(PosterContent.Title) => $"region '{region.Name}' shows the title, and a poster or card is not left without its headline",
            TooLongAction.Drop when step.Dropped is { } dropped && !Shows(dropped) => $"region '{region.Name}' does not show '{PosterRegionBinder.NameOf(dropped)}'",
            TooLongAction.Drop when region.Content.Count == 1 => $"'{PosterRegionBinder.NameOf(region.Content[0])}' is all region '{region.Name}' shows; write 'empty' to leave the region empty",
            _ => null,
        };
    }
}
