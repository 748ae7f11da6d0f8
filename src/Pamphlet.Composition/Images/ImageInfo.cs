using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Files;
using Pamphlet.Pages;
using Pamphlet.Pages.Images;

namespace Pamphlet.Composition.Images;

/// <summary>
/// An image file as composition sees it: its upright size (EXIF orientation applied) and how to
/// place it, read from its header (composition needs proportions, not pixels; the renderer loads the
/// bytes and checks the picture data before anything is written). Anything Pamphlet cannot place is
/// an error at the figure's line that says what to do.
/// </summary>
public sealed record ImageInfo(string Path, ImageHeader Header)
{
    /// <summary>Width of the picture as seen (after its EXIF orientation).</summary>
    public int PixelWidth => Header.Width;

    /// <summary>Height of the picture as seen (after its EXIF orientation).</summary>
    public int PixelHeight => Header.Height;

    public ImageOrientation Orientation => Header.Orientation;

    public double AspectRatio => PixelWidth / (double)PixelHeight;

    /// <summary>The image placed in <paramref name="frame"/>, showing <paramref name="source"/> of the upright picture.</summary>
    public ImageItem Place(string role, Rect frame, Rect source) => new(role, frame, Path, source) { Orientation = Orientation };

    public static ImageInfo Read(string path, SourceLocation at)
    {
        var name = System.IO.Path.GetFileName(path);
        var kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.Missing:
                throw new PamphletException(at,
                    $"image '{name}' not found (looked for {path}). Check the file name; image paths are relative to the statement's folder.");
            case FileKind.Folder:
                throw new PamphletException(at, $"image '{name}' is a folder, not an image file ({path}). Link the image file itself.");
            case FileKind.NamedPipe or FileKind.Device or FileKind.Socket:
                throw new PamphletException(at,
                    $"image '{name}' is {FileKinds.Describe(kind)}, not a regular file ({path}); Pamphlet reads images only from regular files. Link a JPEG or PNG file saved on disk.");
        }

        ImageHeader header;
        try
        {
            // Checked before opening: where the file kind is unknown, pipes and devices also say 0 bytes.
            if (new FileInfo(path).Length == 0)
            {
                throw new PamphletException(at, $"image '{name}' is empty (0 bytes). Copy the image again from where it came from, or link another file.");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
            header = ImageHeader.Read(stream);
        }
        catch (ImageHeaderException e)
        {
            throw ImageMessages.Error(at, e.Problem, name, e.Detail);
        }
        catch (IOException e)
        {
            throw new PamphletException(at, $"image '{path}' cannot be read ({e.Message}). Check that the file is not open elsewhere and that you may read it.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new PamphletException(at, $"image '{path}' cannot be read: permission denied. Check the file's permissions.");
        }

        ImageLimits.Check(header, name, at);
        if (header is { Format: ImageFormat.Jpeg, Components: 4 })
        {
            // Skia would convert CMYK to RGB without a colour profile and re-encode the photo losslessly
            // (colours off in print, a file many times larger): better to say so than to print that.
            throw ImageMessages.Error(at, ImageProblem.Unsupported, name,
                "it is a CMYK JPEG, and Pamphlet places RGB and greyscale photos (it would convert the colours without a colour profile)");
        }

        return new ImageInfo(path, header);
    }
}
