using Pamphlet.Pages;

namespace Pamphlet.Layouts.Model;

/// <summary>
/// Named colours. Styles refer to them by name ("ink", "accent", …) or give a hex value. Ink is for
/// text; keep it pure black (#000000) for photocopiers that bill colour by any non-black pixel.
/// </summary>
public sealed record Palette(Color Ink, Color Accent, Color Paper, Color Muted, IReadOnlyDictionary<string, Color> Named);
