using System.Globalization;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// What becomes of a region whose text does not fit even at its minimum size: the steps of its layout's
/// <c>when-too-long</c>. The fewest and earliest steps that may help are tried first (<see cref="Combinations"/>):
/// for <c>[one-line, drop-credit]</c>, the signature on one line; then the credit left out with the signature as
/// written; then both. Each step is decided by one function here (<see cref="ShowSlogan"/>,
/// <see cref="SignatureOnOneLine"/>, <see cref="Drop"/>, <see cref="MoreLines"/>, <see cref="Empty"/>), which
/// declines when it would change nothing for this statement. The steps the poster ends with are warnings at the
/// statement's line (<see cref="Warn"/>), so the user knows what it shows in place of what the statement says.
/// </summary>
/// <param name="heightAtMinimum">The height a region's text takes at its minimum size in a box, with the given material.</param>
internal sealed class RegionFallbacks(CompositionContext context, PosterSetup poster, PosterMaterial material, Func<PosterRegion, PosterMaterial, Rect, double> heightAtMinimum)
{
    /// <summary>Heights within this many points are the same (rounding in the sums that give them).</summary>
    private const double HeightTolerance = 0.01;

    private readonly RegionContentNames names = new(context);

    /// <summary>Per region that gave way: the combination of its steps tried last (its index in <see cref="Combinations"/>), and what it made.</summary>
    private readonly Dictionary<string, (int Combination, GivenWay Result)> given = new(StringComparer.Ordinal);

    /// <summary>A region as its steps left it: the region itself, the statement's material, whether it is empty, and the steps.</summary>
    private sealed record GivenWay(PosterRegion Region, PosterMaterial Material, bool Empty, IReadOnlyList<TooLongStep> Steps);

    /// <summary>The statement's material as the steps taken left it (the signature on one line, say).</summary>
    public PosterMaterial Material => given.Values.Select(g => g.Result.Material).FirstOrDefault(m => !ReferenceEquals(m, material)) ?? material;

    /// <summary>The regions left empty because nothing of theirs fitted.</summary>
    public IReadOnlySet<string> Emptied => given.Where(g => g.Value.Result.Empty).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary><paramref name="region"/> as the steps taken made it, its key quote or slogan chosen.</summary>
    public PosterRegion Current(PosterRegion region) => given.TryGetValue(region.Name, out var g) ? g.Result.Region : Material.Chosen(region);

    /// <summary>
    /// Moves <paramref name="region"/> on to the next combination of its <c>when-too-long</c> steps that changes
    /// something; false when none is left (the build then fails). <paramref name="inner"/> is the box it had.
    /// </summary>
    public bool GiveWay(PosterRegion region, Rect inner)
    {
        var steps = poster.Regions.First(r => r.Name == region.Name).WhenTooLong;
        var combinations = Combinations(steps);
        for (var next = given.TryGetValue(region.Name, out var g) ? g.Combination + 1 : 0; next < combinations.Count; next++)
        {
            if (Apply(region.Name, combinations[next], inner) is not { } result) continue;
            given[region.Name] = (next, result);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The subsets of <paramref name="steps"/> in the order they are tried: those ending at an earlier step first, and
    /// among those the smaller first. Leaving the region empty makes every other step moot, so it is tried alone.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<TooLongStep>> Combinations(IReadOnlyList<TooLongStep> steps)
    {
        var combinations = new List<IReadOnlyList<TooLongStep>>();
        for (var last = 0; last < steps.Count; last++)
        {
            if (steps[last].Action == TooLongAction.Empty)
            {
                combinations.Add([steps[last]]);
                continue;
            }
            var before = Enumerable.Range(0, 1 << last)
                .Select(mask => Enumerable.Range(0, last).Where(i => (mask & (1 << i)) != 0).ToList())
                .OrderBy(s => s.Count).ThenBy(s => string.Concat(s.Select(i => (char)('a' + i))), StringComparer.Ordinal);
            combinations.AddRange(before.Select(s => (IReadOnlyList<TooLongStep>)[.. s.Select(i => steps[i]), steps[last]]));
        }
        return combinations;
    }

    /// <summary>The region named <paramref name="name"/> with <paramref name="combination"/> applied from the layout's own; null when a step changes nothing.</summary>
    private GivenWay? Apply(string name, IReadOnlyList<TooLongStep> combination, Rect inner)
    {
        var original = poster.Regions.First(r => r.Name == name);
        var state = new GivenWay(material.Chosen(original), material, false, combination);
        foreach (var step in combination)
        {
            var next = step.Action switch
            {
                TooLongAction.Slogan => ShowSlogan(state),
                TooLongAction.OneLine => SignatureOnOneLine(state, inner),
                TooLongAction.Drop => Drop(state, step.Dropped!.Value),
                TooLongAction.MoreLines => MoreLines(state, inner),
                TooLongAction.Empty => Empty(state),
                _ => throw new ArgumentOutOfRangeException(nameof(combination), step.Action, null),
            };
            if (next is null) return null;
            state = next;
        }
        return state;
    }

    /// <summary>
    /// The key quote gives way to the slogan: a card is shared for its one line, and the slogan is the statement's
    /// shortest. Not when the statement has no slogan, or another region shows it already (card-story's slogan region).
    /// </summary>
    private GivenWay? ShowSlogan(GivenWay state)
    {
        var region = state.Region;
        if (material.Slogan is null || !region.Content.Contains(PosterContent.Quote)) return null;
        if (poster.Regions.Any(r => r.Name != region.Name && !Emptied.Contains(r.Name) && Current(r).Content.Contains(PosterContent.Slogan))) return null;
        return state with { Region = region with { Content = [.. region.Content.Select(c => c == PosterContent.Quote ? PosterContent.Slogan : c)] } };
    }

    /// <summary>
    /// A signature written on several lines runs on as one (<see cref="SignatureLines"/>): the same words, on fewer lines.
    /// Not when that takes as much height in the region's box (the lines run on wrap where they were broken).
    /// </summary>
    private GivenWay? SignatureOnOneLine(GivenWay state, Rect inner)
    {
        if (!state.Region.Content.Contains(PosterContent.Signature) || state.Material.WithSignatureOnOneLine(context.Language) is not { } joined) return null;
        if (heightAtMinimum(state.Region, joined, inner) >= heightAtMinimum(state.Region, state.Material, inner) - HeightTolerance) return null;
        return state with { Material = joined };
    }

    /// <summary>The region's secondary content (the photo credit beside the signature, say) is left out, when the statement gives it.</summary>
    private GivenWay? Drop(GivenWay state, PosterContent content) =>
        state.Region.Content.Contains(content) && state.Material.Shows(content, poster.Background is not null)
            ? state with { Region = state.Region with { Content = [.. state.Region.Content.Where(c => c != content)] } }
            : null;

    /// <summary>
    /// The title takes as many lines as the region's height holds at its minimum size, when that is more than its
    /// <c>max-lines</c>: a headline in more lines reads better than none.
    /// </summary>
    private GivenWay? MoreLines(GivenWay state, Rect inner)
    {
        var region = state.Region;
        if (!region.Content.Contains(PosterContent.Title)) return null;
        var title = context.Layout.Cover.Title.Font;
        var pitch = title.Leading * Math.Min(region.MinSize, title.Size) / title.Size;
        var lines = (int)Math.Floor(inner.Height / pitch);
        return lines > region.MaxLines ? state with { Region = region with { MaxLines = lines } } : null;
    }

    /// <summary>Leaving the region empty always changes something: it then draws nothing, and its cells go as its <c>when-empty</c> says.</summary>
    private static GivenWay Empty(GivenWay state) => state with { Empty = true };

    /// <summary>One warning per step the poster ends with, at the line of the statement that wrote what gave way.</summary>
    public void Warn()
    {
        foreach (var (name, (_, result)) in given.OrderBy(g => poster.Regions.ToList().FindIndex(r => r.Name == g.Key)))
        {
            var original = material.Chosen(poster.Regions.First(r => r.Name == name));
            foreach (var step in result.Steps)
            {
                var kind = names.Kind;
                switch (step.Action)
                {
                    case TooLongAction.Slogan:
                        Warn(original, PosterContent.Quote, $"so the {kind} shows the slogan in its place; shorten the quote to show it");
                        break;
                    case TooLongAction.OneLine:
                        Warn(original, PosterContent.Signature, $"so the {kind} sets it on one line, its lines separated by commas; shorten it to keep its lines", how: "on its lines as written");
                        break;
                    case TooLongAction.Drop when step.Dropped is { } dropped && names.Of(dropped) is { } what:
                        var advice = dropped == PosterContent.Credit
                            ? "credit the photographer where you share it (a CC BY licence asks for that), or shorten the rest of the region to keep it"
                            : "shorten the rest of the region to keep it";
                        Warn(original, dropped, $"so the {kind} leaves {what.What} out; {advice}", beside: true);
                        break;
                    case TooLongAction.MoreLines:
                        Warn(original, PosterContent.Title, string.Create(CultureInfo.InvariantCulture, $"so the {kind} lets it take up to {result.Region.MaxLines} lines; shorten it for a larger headline"),
                            how: string.Create(CultureInfo.InvariantCulture, $"in {original.MaxLines} lines"));
                        break;
                    case TooLongAction.Empty:
                        var shown = original.Content.FirstOrDefault(c => names.Of(c) is not null && material.Shows(c, poster.Background is not null), original.Content[0]);
                        var sloganTried = original.WhenTooLong.Any(s => s.Action == TooLongAction.Slogan) && ShowSlogan(new GivenWay(original, material, false, [])) is not null;
                        Warn(original, shown, $"{(sloganTried ? ", nor does the slogan," : ",")} so the {kind} leaves region '{name}' empty; shorten it to show it");
                        break;
                }
            }
        }
    }

    /// <summary>
    /// Warns at <paramref name="content"/>'s line that it does not fit <paramref name="region"/> at its minimum size,
    /// set as <paramref name="how"/> says (<paramref name="beside"/>: that it has no room beside the region's other
    /// content), and what is done instead.
    /// </summary>
    private void Warn(PosterRegion region, PosterContent content, string instead, string? how = null, bool beside = false)
    {
        var (what, plural, at) = names.Of(content) ?? names.Of(region);
        var doesNot = plural ? "do not" : "does not";
        var minimum = $"even at its minimum size ({names.Size(region.MinSize)})";
        var problem = beside
            ? $"region '{region.Name}' of {context.Layout.Name} has no room for {what} beside the rest {minimum}"
            : $"{what} {doesNot} fit region '{region.Name}' of {context.Layout.Name} {(how is null ? "" : how + ", ")}{minimum}";
        context.Diagnostics.Warn(at, $"{problem}{(instead.StartsWith(',') ? "" : ", ")}{instead}.");
    }
}
