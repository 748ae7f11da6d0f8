using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Diagnostics;

/// <summary>A place in an input file, 1-based, as editors show it. Column 0 means "whole line".</summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 0)
{
    public static SourceLocation None(string file) => new(file, 0);

    public override string ToString() => Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
