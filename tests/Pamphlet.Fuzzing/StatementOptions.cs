namespace Pamphlet.Fuzzing;

/// <summary>What the statement grammar may generate.</summary>
public sealed record StatementOptions
{
    /// <summary>Constructs never generated (e.g. those with known defects).</summary>
    public IReadOnlySet<Construct> Excluded { get; init; } = new HashSet<Construct>();

    /// <summary>A construct every statement contains at least once (unless it is also excluded).</summary>
    public Construct? Forced { get; init; }

    /// <summary>Most top-level blocks after the front matter.</summary>
    public int MaxBlocks { get; init; } = 14;

    /// <summary>The statement's language tag (en, en-US, en-GB, de, de-CH, fr, es, it, pt, pt-PT, pt-BR, ar, he, fa, ur); null: chosen by the seed.</summary>
    public string? Language { get; init; }

    public bool Allows(Construct construct) => !Excluded.Contains(construct);

    /// <summary>Everything the grammar knows.</summary>
    public static StatementOptions Everything { get; } = new();

    public StatementOptions Without(params Construct[] constructs) => this with { Excluded = Excluded.Union(constructs).ToHashSet() };
}
