namespace Pamphlet.Documents.Model;

/// <summary>
/// The YAML front matter. Known keys are typed; every other key is kept in <see cref="Extra"/> as
/// text so layouts can show it (e.g. <c>contact</c>, <c>url</c>).
/// </summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>The signing organisation.</summary>
    public string? Author { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>BCP 47 language tag; drives hyphenation, quotes and direction.</summary>
    public string Lang { get; init; } = "en";
    /// <summary>Layouts built when the command line names none.</summary>
    public IReadOnlyList<string> Layouts { get; init; } = [];
    /// <summary>The ink the statement is printed with (<c>ink: black</c>) as written; the build reads it, and the command line wins.</summary>
    public string? Ink { get; init; }
    /// <summary>
    /// <c>photo-focus: 0.5 0.3</c>: the point of the statement's photo to keep in view when a layout
    /// crops it (a card, a poster, a cover), across from the left then down from the top, each 0..1.
    /// A figure's own <c>{focus="…"}</c> wins (see <see cref="Document.FocusOf"/>).
    /// </summary>
    public (double X, double Y)? PhotoFocus { get; init; }
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>Line of the front matter's opening "---" (0 when there is none).</summary>
    public int Line { get; init; }

    /// <summary>The file line of each key as written (lower-cased), for errors about its value.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line of <paramref name="key"/>, or of the opening "---" when it is not written.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : Line;

    public static FrontMatter Empty { get; } = new();
}
