using Pamphlet.Layouts.Model;
namespace Pamphlet.Layouts;

/// <summary>One line of <c>pamphlet layouts</c>: the layout's name, its description (or its error), and its file.</summary>
public sealed record LayoutSummary(string Name, string Description, string Path);
