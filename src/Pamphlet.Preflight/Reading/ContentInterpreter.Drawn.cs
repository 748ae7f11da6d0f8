using System.Globalization;
using Pamphlet.Preflight.Facts;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Preflight.Reading.Operators;

namespace Pamphlet.Preflight.Reading;

/// <summary>What content draws besides paths and text: patterns, XObjects (images and forms), shadings and inline images.</summary>
internal sealed partial class ContentInterpreter
{
    /// <summary>
    /// What a pattern colour paints: a shading pattern its shading's space, an uncoloured tiling pattern
    /// the components given with it; a coloured tiling pattern's own content is read (once per page) and
    /// tallied by itself, so null is returned for it.
    /// </summary>
    private PaintColor? PatternColor(Frame frame, PaintColor color)
    {
        if (color.Pattern is not { } name || frame.Resources.Named("Pattern", name) is not { } token)
        {
            return new PaintColor(color.Space.Base ?? ColorSpaceInfo.Pattern, color.Space.Base is null ? [] : color.Components);
        }

        var pattern = pdf.Dictionary(token);
        switch (pdf.GetNumber(pattern, "PatternType"))
        {
            case 2:
                var shading = pdf.Dictionary(pdf.Get(pattern, "Shading"));
                return frame.Resources.ColorSpace(pdf.Get(shading, "ColorSpace")) is { } shadingSpace ? new PaintColor(shadingSpace, []) : null;
            case 1 when pdf.GetNumber(pattern, "PaintType") == 2:
                return new PaintColor(color.Space.Base ?? ColorSpaceInfo.Pattern, color.Components);
            case 1:
                var patternKey = frame.Resources.ReferenceOf("Pattern", name)?.ToString() ?? $"{name} at depth {frame.Depth}";
                if (token is StreamToken stream && frame.Depth < MaxFormDepth && patternsRead.Add(patternKey))
                {
                    var cell = frame.State.Clone();
                    cell.Ctm = Matrix.From(pdf.Numbers(pdf.Get(pattern, "Matrix")) ?? []) ?? Matrix.Identity;
                    RunNested(() => pdf.Decode(stream), new Resources(pdf, pdf.GetDictionary(pattern, "Resources")), cell, frame.Depth + 1, $"pattern /{name}");
                }

                return null;
            default:
                return null;
        }
    }

    private void PaintXObjectNamed(Frame frame, string name)
    {
        // XObjects are streams, so always indirect objects: known by reference, read by their dictionary first.
        if (frame.Resources.ReferenceOf("XObject", name) is not { } reference ||
            pdf.StreamDictionary(new IndirectReferenceToken(reference)) is not { } dictionary)
        {
            tally.Problem($"the XObject /{name} is not in the page's resources");
            return;
        }

        switch (pdf.GetName(dictionary, "Subtype"))
        {
            case "Image":
                if (!images.TryGetValue(reference, out var image))
                {
                    image = ImageInfo.Read(pdf, dictionary, () => pdf.Resolve(new IndirectReferenceToken(reference)) as StreamToken,
                        ImageName(name, reference), frame.Resources);
                    images[reference] = image;
                }

                PlaceImage(frame, image, reference.ToString());
                break;
            case "Form":
                if (frame.Depth >= MaxFormDepth || activeForms.Contains(reference))
                {
                    tally.Problem($"the form /{name} draws itself (or forms nest more than {MaxFormDepth} deep): it was read once");
                    return;
                }

                var state = frame.State;
                var formState = state.Clone();
                if (Matrix.From(pdf.Numbers(pdf.Get(dictionary, "Matrix")) ?? []) is { } matrix) formState.Ctm = matrix.Then(state.Ctm);
                if (pdf.GetDictionary(dictionary, "Group") is { } group && pdf.GetName(group, "S") == "Transparency") tally.Groups++;
                // A form without resources of its own uses those of the content that draws it (allowed before PDF 1.2).
                var resources = pdf.GetDictionary(dictionary, "Resources") is { } own ? new Resources(pdf, own) : frame.Resources;
                activeForms.Add(reference);
                RunNested(() => pdf.DecodeObject(reference), resources, formState, frame.Depth + 1, $"form /{name}");
                activeForms.Remove(reference);
                break;
        }
    }

    private static string ImageName(string name, IndirectReference? reference) =>
        reference is { } r ? string.Create(CultureInfo.InvariantCulture, $"{name}, object {r.ObjectNumber}") : name;

    private void PlaceImage(Frame frame, ImageInfo image, string key)
    {
        var state = frame.State;
        // The image's unit square through the CTM: its printed width and height.
        tally.Image(key, image, state.Ctm.XLength, state.Ctm.YLength);
        var color = image.Space is { } space ? new PaintColor(space, []) : state.FillColor;
        Paint(frame, PaintKind.Image, color, state.FillOverprint, null, 1, 0);
    }

    private void PaintShadingNamed(Frame frame, string name)
    {
        var shading = pdf.Dictionary(frame.Resources.Named("Shading", name));
        if (frame.Resources.ColorSpace(pdf.Get(shading, "ColorSpace")) is not { } space)
        {
            tally.Problem($"the shading /{name} is not in the page's resources or has no colour space");
            return;
        }

        Paint(frame, PaintKind.Shading, new PaintColor(space, []), frame.State.FillOverprint, null, 1, 0);
    }

    /// <summary>Runs a form's or pattern's content; a part that cannot be decoded is a problem of the page, not the end of it.</summary>
    private void RunNested(Func<byte[]?> decode, Resources resources, GraphicsState state, int depth, string what)
    {
        byte[]? content;
        try
        {
            content = decode();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            tally.Problem($"the {what} could not be decoded ({e.Message})");
            return;
        }

        if (content is null)
        {
            tally.Problem($"the {what} is missing from the file");
            return;
        }

        // The caller's operands were copied before this operator ran, so the nested run may reuse the list.
        Run(content, resources, state, depth);
    }

    private void InlineImage(ref ContentLexer lexer, Frame frame)
    {
        // BI key value … ID: read the dictionary's operands up to ID, then skip the data and EI.
        var items = new List<Operand>();
        lexer.KeepItems = true;
        while (lexer.Next(out var operand, out var op))
        {
            if (op.IsEmpty)
            {
                items.Add(operand);
                continue;
            }

            if (Operators.Code(op) == InlineImageData) break;
        }

        lexer.KeepItems = false;
        var image = ImageInfo.ReadInline(new Operand(OperandKind.Dictionary, Items: items), frame.Resources);
        lexer.SkipInlineImageData(image.RawLength);
        // Inline images alike (a bitmap font's glyphs, a tiled scan) are tallied as one.
        PlaceImage(frame, image, string.Create(CultureInfo.InvariantCulture, $"inline {image.Width}x{image.Height} {image.Space?.Name}"));
    }
}
