using System.Runtime.InteropServices;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Text;

/// <summary>
/// The program's own fonts are mapped into memory, a layout's fonts are read into arrays (they may
/// change while a watch runs), and both give the same bytes to the shaper and the PDF writer.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class FontLoadingTests : IDisposable
{
    private readonly string userFolder = Directory.CreateTempSubdirectory("pamphlet-fonts-").FullName;

    private static readonly SourceLocation At = SourceLocation.None("layout.yaml");

    public void Dispose() => Directory.Delete(userFolder, recursive: true);

    [Fact]
    public void The_programs_fonts_are_mapped_with_the_files_bytes()
    {
        var bundled = Path.Combine(FontLibrary.BundledFolder, "noto-sans-hebrew", "NotoSansHebrew-Regular.ttf");
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);

        AssertLoaded(fonts.Get("Noto Sans Hebrew", FontWeight.Regular, italic: false, At).Face, bundled, bundled, mapped: true);
    }

    [Fact]
    public void A_font_only_a_layout_names_is_read_into_memory_of_its_own()
    {
        var source = Path.Combine(FontLibrary.BundledFolder, "noto-sans-hebrew", "NotoSansHebrew-Bold.ttf");
        var copy = Path.Combine(userFolder, "NotoSansHebrew-Bold.ttf");
        File.Copy(source, copy);
        using var fonts = new FontLibrary([]);
        fonts.AddFolder(userFolder);

        AssertLoaded(fonts.Get("Noto Sans Hebrew", FontWeight.Bold, italic: false, At).Face, copy, source, mapped: false);
    }

    [Fact]
    public void A_face_of_the_program_is_mapped_once_for_every_library()
    {
        using var first = new FontLibrary([FontLibrary.BundledFolder]);
        using var second = new FontLibrary([FontLibrary.BundledFolder]);
        var a = first.Get("Noto Sans Hebrew", FontWeight.Regular, italic: false, At).Face.Data;
        var b = second.Get("Noto Sans Hebrew", FontWeight.Regular, italic: false, At).Face.Data;
        Assert.True(a.Equals(b));
    }

    /// <summary>The face came from <paramref name="path"/>, holds the bytes of <paramref name="bytesOf"/>, mapped or in an array of its own.</summary>
    private static void AssertLoaded(FontFace face, string path, string bytesOf, bool mapped)
    {
        Assert.Equal(path, face.Path);
        Assert.Equal(mapped, !MemoryMarshal.TryGetArray(face.Data, out _));
        Assert.Equal(File.ReadAllBytes(bytesOf), face.Data.ToArray());
    }
}
