namespace Pamphlet.Pdf.Syntax;

/// <summary>An indirect object's number (generation is always 0: we write one revision).</summary>
internal readonly record struct PdfRef(int Number)
{
    public override string ToString() => $"{Number} 0 R";
}
