using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Pamphlet.Documents.Yaml;

/// <summary>
/// Loads YAML (front matter, layouts, the manifest) with two limits checked on the parser's event
/// stream, before any tree is built: how deep lists and maps nest, and how many values the document
/// holds once every alias (<c>*name</c>) is expanded. Without them 40,000 nested brackets overflow
/// the stack (the loader is recursive) and a few lines of aliases to aliases ("billion laughs")
/// expand to billions of values.
/// </summary>
public static class BoundedYaml
{
    /// <summary>
    /// Deepest nesting of lists and maps, counting the value inside the last one (a top-level
    /// <c>key: value</c> is 2 deep). The deepest bundled layout is 6 deep (poster → regions → region →
    /// content → item); 64 leaves ten times that, and stays far below the thousands of levels at
    /// which YamlDotNet's recursive loader runs out of a 1.5 MB worker-thread stack.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Most values (scalars, lists and maps, keys included) in one file with every alias expanded.
    /// The largest bundled layout (a5-pamphlet) holds 527 and the built-in defaults 491; 100,000 is
    /// about 200 times that, and a tree of that size takes milliseconds and a few megabytes to build.
    /// </summary>
    public const int MaxValues = 100_000;

    /// <summary>
    /// Loads <paramref name="text"/>. <paramref name="locate"/> turns a YAML position into the place
    /// in the file the user sees. Syntax errors are YamlDotNet's exceptions, for the caller to word;
    /// a limit exceeded is a <see cref="PamphletException"/> at the place where it is exceeded.
    /// </summary>
    public static YamlStream Load(string text, Func<Mark, SourceLocation> locate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(locate);
        var stream = new YamlStream();
        stream.Load(new LimitingParser(new Parser(new StringReader(text)), locate));
        return stream;
    }

    /// <summary>Passes the parser's events through, keeping the counts the limits need.</summary>
    private sealed class LimitingParser(IParser inner, Func<Mark, SourceLocation> locate) : IParser
    {
        /// <summary>A list or map not yet closed: its anchor, values so far (expanded) and height.</summary>
        private sealed class Open(AnchorName anchor)
        {
            public AnchorName Anchor { get; } = anchor;
            public long Values { get; set; } = 1;
            public int Height { get; set; } = 1;
        }

        /// <summary>What an anchored value stands for wherever it is aliased: its values and height.</summary>
        private readonly record struct Anchored(long Values, int Height);

        private readonly Stack<Open> open = new();
        private readonly Dictionary<AnchorName, Anchored> anchors = [];
        private long values;

        public ParsingEvent? Current => inner.Current;

        /// <summary>Where the last event ended: the nearest place to name when the scanner itself fails.</summary>
        private Mark last = Mark.Empty;

        public bool MoveNext()
        {
            try
            {
                if (!inner.MoveNext()) return false;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner can fail this way on some malformed plain scalars (found by fuzzing):
                // it is the same kind of mistake as its YamlExceptions, so callers word it the same way.
                // Its own message ("Operation is not valid due to the current state of the object") tells a user nothing.
                throw new YamlException(last, last, "this YAML cannot be read after this point: look for a bracket, brace or quote that is opened and never closed");
            }

            last = inner.Current?.End ?? last;
            switch (inner.Current)
            {
                case DocumentStart:
                    anchors.Clear();
                    break;
                case MappingStart or SequenceStart:
                    var node = (NodeEvent)inner.Current;
                    CheckDepth(open.Count + 1, node.Start);
                    // Until it is closed, an alias of this name is to the value still open (see Expand).
                    anchors.Remove(node.Anchor);
                    open.Push(new Open(node.Anchor));
                    Count(1, node.Start);
                    break;
                case MappingEnd or SequenceEnd:
                    Close();
                    break;
                case Scalar scalar:
                    CheckDepth(open.Count + 1, scalar.Start);
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor] = new Anchored(1, 1);
                    AddToParent(1, 1);
                    Count(1, scalar.Start);
                    break;
                case AnchorAlias alias:
                    Expand(alias);
                    break;
            }

            return true;
        }

        private void Close()
        {
            var closed = open.Pop();
            if (!closed.Anchor.IsEmpty) anchors[closed.Anchor] = new Anchored(closed.Values, closed.Height);
            AddToParent(closed.Values, closed.Height);
        }

        private void Expand(AnchorAlias alias)
        {
            var known = anchors.TryGetValue(alias.Value, out var target);
            if (!known && open.Any(o => o.Anchor == alias.Value))
            {
                throw new PamphletException(locate(alias.Start),
                    $"the alias '*{alias.Value}' is inside the value it names, so it would repeat forever; write the value out instead");
            }

            // An unknown anchor is YamlDotNet's error to report, with its own words.
            if (!known) return;
            CheckDepth(open.Count + target.Height, alias.Start);
            AddToParent(target.Values, target.Height);
            Count(target.Values, alias.Start);
        }

        private void AddToParent(long childValues, int childHeight)
        {
            if (!open.TryPeek(out var parent)) return;
            parent.Values += childValues;
            parent.Height = Math.Max(parent.Height, childHeight + 1);
        }

        private void Count(long added, Mark at)
        {
            values += added;
            if (values <= MaxValues) return;
            throw new PamphletException(locate(at),
                $"this YAML holds more than {MaxValues.ToString("N0", CultureInfo.InvariantCulture)} values once its aliases (*name) are expanded, " +
                "the most Pamphlet reads (real files hold a few hundred); write the values out, or use fewer aliases of aliases");
        }

        private void CheckDepth(int depth, Mark at)
        {
            if (depth <= MaxDepth) return;
            throw new PamphletException(locate(at),
                $"lists and maps nest more than {MaxDepth} deep here, the most Pamphlet reads (real files need 6); " +
                "check for unclosed brackets or runaway indentation, and flatten the values");
        }
    }
}
