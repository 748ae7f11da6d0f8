namespace Pamphlet.Documents.Model;

/// <summary>Walks blocks and everything nested in them.</summary>
public static class BlockTree
{
    /// <summary>Each block followed by the blocks inside it, depth first, in reading order.</summary>
    public static IEnumerable<Block> Descendants(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            foreach (var inner in Descendants(Children(block)))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The blocks directly inside <paramref name="block"/> (none for leaf blocks).</summary>
    public static IEnumerable<Block> Children(Block block) => block switch
    {
        ListBlock list => list.Items.SelectMany(item => item.Blocks),
        BlockQuote quote => quote.Blocks,
        PullQuote quote => quote.Blocks,
        DemandBox box => box.Blocks,
        Slogan slogan => slogan.Blocks,
        Signature signature => signature.Blocks,
        Container container => container.Blocks,
        Endnotes notes => notes.Notes.SelectMany(note => note.Blocks),
        _ => [],
    };
}
