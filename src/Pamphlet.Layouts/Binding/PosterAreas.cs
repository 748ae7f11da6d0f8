using System.Text.RegularExpressions;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Reads <c>poster.areas</c> (CSS grid-template-areas: one string per row, one name per column,
/// "." for an empty cell) and finds each name's rectangle of cells. Areas come out in the order of
/// their first cell, scanning rows top to bottom and each row start to end, so the result does not
/// depend on how the regions map happens to be ordered.
/// </summary>
internal static partial class PosterAreas
{
    /// <summary>Where one named area lies in the grid (0-based) and the row string that first names it, for errors.</summary>
    public sealed record Area(string Name, int Row, int Column, int RowSpan, int ColumnSpan, RawNode FirstRowNode);

    public static IReadOnlyList<Area> Read(RawNode node, string path, int rowCount, int columnCount)
    {
        if (node is not RawList list || list.Items.Count == 0)
        {
            throw Errors.Expected(node, path, "a list of strings, one per grid row, such as [\"headline headline\", \"quote demands\"]");
        }

        if (list.Items.Count != rowCount)
        {
            throw Errors.At(node,
                $"'{path}' has {Rows(list.Items.Count)} but 'poster.rows' gives {Rows(rowCount)}; write one string per row, or give 'poster.rows' one height per string.");
        }

        var cells = new string?[rowCount, columnCount];
        for (var row = 0; row < rowCount; row++)
        {
            var names = Names(list.Items[row], $"{path}[{row + 1}]", columnCount);
            for (var column = 0; column < columnCount; column++) cells[row, column] = names[column];
        }

        var areas = new List<Area>();
        for (var row = 0; row < rowCount; row++)
        {
            for (var column = 0; column < columnCount; column++)
            {
                if (cells[row, column] is { } name && areas.All(a => a.Name != name))
                {
                    areas.Add(Rectangle(name, cells, list.Items));
                }
            }
        }

        if (areas.Count == 0)
        {
            throw Errors.At(node, $"'{path}' names no area (every cell is '.'); name at least one area, e.g. \"headline headline\".");
        }

        return areas;
    }

    /// <summary>One row's names; null for an empty cell.</summary>
    private static string?[] Names(RawNode node, string path, int columnCount)
    {
        var text = Values.Text(node, path);
        var names = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (names.Length != columnCount)
        {
            throw Errors.At(node,
                $"'{path}' names {Cells(names.Length)} but 'poster.columns' gives {Cells(columnCount)}; write one name (or '.') per column, separated by spaces.");
        }

        foreach (var name in names)
        {
            if (!IsEmptyCell(name) && !AreaName().IsMatch(name))
            {
                throw Errors.At(node,
                    $"'{path}' contains '{name}', which is not an area name; use letters, digits, '-' and '_' (starting with a letter), or '.' for an empty cell.");
            }
        }

        return names.Select(n => IsEmptyCell(n) ? null : n).ToArray();
    }

    /// <summary>CSS allows any run of dots for an empty cell, so columns can be lined up ("..." under "quote").</summary>
    private static bool IsEmptyCell(string name) => name.All(c => c == '.');

    /// <summary>The bounding box of <paramref name="name"/>'s cells, which must all be <paramref name="name"/>.</summary>
    private static Area Rectangle(string name, string?[,] cells, IReadOnlyList<RawNode> rowNodes)
    {
        int top = int.MaxValue, left = int.MaxValue, bottom = -1, right = -1;
        for (var row = 0; row < cells.GetLength(0); row++)
        {
            for (var column = 0; column < cells.GetLength(1); column++)
            {
                if (cells[row, column] != name) continue;
                top = Math.Min(top, row);
                bottom = Math.Max(bottom, row);
                left = Math.Min(left, column);
                right = Math.Max(right, column);
            }
        }

        for (var row = top; row <= bottom; row++)
        {
            for (var column = left; column <= right; column++)
            {
                if (cells[row, column] == name) continue;
                var other = cells[row, column] is { } o ? $"'{o}'" : "empty ('.')";
                throw new PamphletException(rowNodes[row].At,
                    $"area '{name}' must be a rectangle: its cells span rows {Span(top, bottom)} and columns {Span(left, right)}, but row {row + 1}, column {column + 1} is {other}. Name a rectangle of cells '{name}', or use two names (and two regions).");
            }
        }

        return new Area(name, top, left, bottom - top + 1, right - left + 1, rowNodes[top]);
    }

    private static string Span(int first, int last) => first == last ? $"{first + 1}" : $"{first + 1}–{last + 1}";

    private static string Rows(int count) => count == 1 ? "1 row" : $"{count} rows";

    private static string Cells(int count) => count == 1 ? "1 column" : $"{count} columns";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex AreaName();
}
