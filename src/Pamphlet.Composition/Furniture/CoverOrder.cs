using Pamphlet.Composition.Blocks;
namespace Pamphlet.Composition.Furniture;

/// <summary>
/// Where the cover's parts (and a poster's title lines) read among the statement's blocks: before
/// every block, whose order is its source line (1 or more), in the order the cover shows them from
/// top to bottom. (The cover photo repeats the first figure and is not tagged on the cover.)
/// </summary>
internal static class CoverOrder
{
    public const double Title = 0;
    public const double Subtitle = 0.1;
    public const double Author = 0.2;
    public const double Date = 0.3;
}
