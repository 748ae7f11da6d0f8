namespace Pamphlet.Pages.Images;

/// <summary>Why an image file cannot be placed, as far as the file itself tells. The user sees a sentence per kind.</summary>
public enum ImageProblem
{
    /// <summary>The file cannot be opened or read (gone, no permission, an I/O error).</summary>
    Unreadable,

    /// <summary>Neither a JPEG nor a PNG signature.</summary>
    NotJpegOrPng,

    /// <summary>The file ends before its header or its picture data does (a copy or download that did not finish).</summary>
    CutShort,

    /// <summary>The header or the picture data break the format's rules.</summary>
    Damaged,

    /// <summary>The header and the decoded picture disagree (size or orientation).</summary>
    Inconsistent,

    /// <summary>A valid file of a kind Pamphlet does not place (e.g. a CMYK JPEG).</summary>
    Unsupported,
}
