using System.Globalization;
using Pamphlet.Preflight.Facts;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Preflight.Reading.Operators;

namespace Pamphlet.Preflight.Reading;

/// <summary>
/// Runs one page's content (and the forms, patterns and inline images it draws) through a graphics
/// state, and tallies what is painted: colours by kind, printed text sizes and line widths, overprint,
/// transparency, fonts, images and where they are placed. Positions on the page are not followed
/// beyond what sizes and filled areas need; clipping is not applied.
/// </summary>
internal sealed partial class ContentInterpreter
{
    /// <summary>Forms inside forms: imposed sheets need 2, other tools rarely 10; deeper is a loop or damage and is not entered.</summary>
    public const int MaxFormDepth = 32;

    /// <summary>q without Q nests at most this deep; further q and their Q are ignored (a real page needs a few dozen).</summary>
    private const int MaxStateDepth = 256;

    /// <summary>
    /// Operations per page, forms and patterns included (10 million: about 1.2 s here, measured with a
    /// form of 10,000 operations drawn 1,100 times; a detailed map page has under a million): a form placed
    /// in a form placed thousands of times stops being read there, and the page says it was read in part.
    /// </summary>
    public const long MaxOperationsPerPage = 10_000_000;

    private readonly PdfObjects pdf;
    private readonly PageTally tally;
    private readonly FontCache fonts;
    private readonly Dictionary<IndirectReference, ImageInfo> images;
    private readonly HashSet<IndirectReference> activeForms = [];
    private readonly HashSet<string> patternsRead = new(StringComparer.Ordinal);
    private long operations;

    /// <summary>The most operands a content operator takes (cm, Tm, d0/d1: 6; SCN with a pattern: a few more): the list's starting size.</summary>
    private const int MaxOperandsUsed = 8;

    public ContentInterpreter(PdfObjects pdf, PageTally tally, FontCache fonts, Dictionary<IndirectReference, ImageInfo> images)
    {
        this.pdf = pdf;
        this.tally = tally;
        this.fonts = fonts;
        this.images = images;
    }

    /// <summary>Interprets a content stream with <paramref name="resources"/>, starting from a copy of <paramref name="state"/>.</summary>
    public void Run(ReadOnlySpan<byte> content, Resources resources, GraphicsState state, int depth)
    {
        var frame = new Frame(resources, state.Clone(), depth);
        var lexer = new ContentLexer(content);
        // Each content stream has its own operand list: a form run from an operator (Do) must not overwrite the caller's.
        var operands = new List<Operand>(MaxOperandsUsed);
        while (lexer.Next(out var operand, out var op))
        {
            if (op.IsEmpty)
            {
                operands.Add(operand);
                continue;
            }

            if (++operations > MaxOperationsPerPage)
            {
                tally.Problem(string.Create(CultureInfo.InvariantCulture, $"only the first {MaxOperationsPerPage:N0} drawing operations were read"));
                return;
            }

            var code = Operators.Code(op);
            if (code == BeginInlineImage)
            {
                InlineImage(ref lexer, frame);
            }
            else
            {
                Execute(code, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(operands), frame);
            }

            operands.Clear();
        }
    }

    /// <summary>One content stream's own state: its resources, the graphics state stack, the path and the text matrix.</summary>
    private sealed class Frame(Resources resources, GraphicsState state, int depth)
    {
        public Resources Resources { get; } = resources;
        public GraphicsState State { get; set; } = state;
        public Stack<GraphicsState> Saved { get; } = new();
        public int IgnoredSaves { get; set; }
        public int Depth { get; } = depth;
        public Matrix TextMatrix { get; set; } = Matrix.Identity;

        // The current path's bounding box on the page.
        public bool HasPath { get; set; }
        public double MinX { get; set; }
        public double MinY { get; set; }
        public double MaxX { get; set; }
        public double MaxY { get; set; }

        public void AddPoint(double x, double y)
        {
            var (px, py) = State.Ctm.Apply(x, y);
            if (!HasPath)
            {
                (MinX, MinY, MaxX, MaxY, HasPath) = (px, py, px, py, true);
                return;
            }

            MinX = Math.Min(MinX, px);
            MinY = Math.Min(MinY, py);
            MaxX = Math.Max(MaxX, px);
            MaxY = Math.Max(MaxY, py);
        }

        public double ShortSide => HasPath ? Math.Min(MaxX - MinX, MaxY - MinY) : 0;
    }

    private void Execute(int code, ReadOnlySpan<Operand> args, Frame frame)
    {
        var state = frame.State;
        switch (code)
        {
            case SaveState:
                if (frame.Saved.Count >= MaxStateDepth) frame.IgnoredSaves++;
                else frame.Saved.Push(state.Clone());
                break;
            case RestoreState:
                if (frame.IgnoredSaves > 0) frame.IgnoredSaves--;
                else if (frame.Saved.Count > 0) frame.State = frame.Saved.Pop();
                break;
            case Transform:
                if (Numbers(args, 6) is { } m && Matrix.From(m) is { } matrix) state.Ctm = matrix.Then(state.Ctm);
                break;
            case LineWidth:
                if (Number(args, 0) is { } width) state.LineWidth = Math.Abs(width);
                break;
            case Operators.ExtGState:
                if (Name(args, 0) is { } gs) ApplyExtGState(frame, gs);
                break;
            case StrokeSpace or FillSpace:
                if (Name(args, 0) is { } spaceName)
                {
                    if (frame.Resources.ColorSpace(spaceName) is { } space)
                    {
                        if (code == StrokeSpace) state.StrokeColor = PaintColor.Initial(space);
                        else state.FillColor = PaintColor.Initial(space);
                    }
                    else
                    {
                        tally.Problem($"the colour space /{spaceName} is not in the page's resources");
                    }
                }

                break;
            case StrokeColor or StrokeColorN:
                state.StrokeColor = SetComponents(state.StrokeColor.Space, args);
                break;
            case FillColor or FillColorN:
                state.FillColor = SetComponents(state.FillColor.Space, args);
                break;
            case StrokeGray or FillGray or StrokeRgb or FillRgb or StrokeCmyk or FillCmyk:
                SetDeviceColor(code, args, state);
                break;
            case MoveTo or LineTo:
                if (Numbers(args, 2) is { } p) frame.AddPoint(p[0], p[1]);
                break;
            case CurveTo or CurveToV or CurveToY:
                for (var i = 0; i + 1 < args.Length; i += 2)
                {
                    if (args[i].IsNumber && args[i + 1].IsNumber) frame.AddPoint(args[i].Number, args[i + 1].Number);
                }

                break;
            case Rectangle:
                if (Numbers(args, 4) is { } r)
                {
                    frame.AddPoint(r[0], r[1]);
                    frame.AddPoint(r[0] + r[2], r[1]);
                    frame.AddPoint(r[0], r[1] + r[3]);
                    frame.AddPoint(r[0] + r[2], r[1] + r[3]);
                }

                break;
            case Stroke or CloseStroke:
                PaintPath(frame, fill: false, stroke: true);
                break;
            case Fill or FillOld or FillEvenOdd:
                PaintPath(frame, fill: true, stroke: false);
                break;
            case FillStroke or FillStrokeEvenOdd or CloseFillStroke or CloseFillStrokeEvenOdd:
                PaintPath(frame, fill: true, stroke: true);
                break;
            case EndPath:
                frame.HasPath = false;
                break;
            case BeginText:
                frame.TextMatrix = Matrix.Identity;
                break;
            case SetFont:
                if (Name(args, 0) is { } fontName && Number(args, 1) is { } fontSize)
                {
                    state.Font = fonts.Get(frame.Resources, fontName);
                    state.FontSize = fontSize;
                    if (state.Font is null) tally.Problem($"the font /{fontName} is not in the page's resources");
                }

                break;
            case TextMatrix:
                if (Numbers(args, 6) is { } tm && Matrix.From(tm) is { } textMatrix) frame.TextMatrix = textMatrix;
                break;
            case Operators.RenderMode:
                if (Number(args, 0) is { } mode) state.RenderMode = (int)mode;
                break;
            case ShowText or NextLineShow or NextLineShowSpaced:
                if (args.Length > 0 && args[^1].Kind == OperandKind.String) ShowGlyphs(frame, args[^1].Length);
                break;
            case ShowTextArray:
                if (args.Length > 0 && args[^1].Kind == OperandKind.Array) ShowGlyphs(frame, args[^1].Length);
                break;
            case PaintXObject:
                if (Name(args, 0) is { } xobject) PaintXObjectNamed(frame, xobject);
                break;
            case PaintShading:
                if (Name(args, 0) is { } shadingName) PaintShadingNamed(frame, shadingName);
                break;
        }
    }

    private void ApplyExtGState(Frame frame, string name)
    {
        if (pdf.Dictionary(frame.Resources.Named("ExtGState", name)) is not { } gs)
        {
            tally.Problem($"the graphics state /{name} is not in the page's resources");
            return;
        }

        var state = frame.State;
        if (pdf.GetNumber(gs, "LW") is { } width) state.LineWidth = Math.Abs(width);
        // OP sets overprint for strokes, and for fills too unless op says otherwise (§8.4.5).
        if (pdf.GetBoolean(gs, "OP") is { } op)
        {
            state.StrokeOverprint = op;
            if (!gs.Data.ContainsKey("op")) state.FillOverprint = op;
        }

        if (pdf.GetBoolean(gs, "op") is { } fillOp) state.FillOverprint = fillOp;
        if (pdf.GetNumber(gs, "OPM") is { } opm) state.OverprintMode = (int)opm;
        if (pdf.GetNumber(gs, "CA") is { } strokeAlpha) state.StrokeAlpha = Math.Clamp(strokeAlpha, 0, 1);
        if (pdf.GetNumber(gs, "ca") is { } fillAlpha) state.FillAlpha = Math.Clamp(fillAlpha, 0, 1);
        if (pdf.Get(gs, "SMask") is { } mask) state.SoftMask = mask is not NameToken { Data: "None" };
        switch (pdf.Get(gs, "BM"))
        {
            case NameToken blend:
                state.BlendMode = blend.Data;
                break;
            case ArrayToken { Data.Count: > 0 } blends when pdf.Resolve(blends.Data[0]) is NameToken first:
                state.BlendMode = first.Data;
                break;
        }
    }

    private static PaintColor SetComponents(ColorSpaceInfo space, ReadOnlySpan<Operand> args)
    {
        var numbers = new List<double>(args.Length);
        foreach (var a in args)
        {
            if (a.IsNumber) numbers.Add(a.Number);
        }

        var pattern = args.Length > 0 && args[^1].IsName ? args[^1].Text : null;
        return new PaintColor(space, numbers, pattern);
    }

    private static void SetDeviceColor(int code, ReadOnlySpan<Operand> args, GraphicsState state)
    {
        var (space, count) = code switch
        {
            StrokeGray or FillGray => (ColorSpaceInfo.DeviceGray, 1),
            StrokeRgb or FillRgb => (ColorSpaceInfo.DeviceRgb, 3),
            _ => (ColorSpaceInfo.DeviceCmyk, 4),
        };
        if (Numbers(args, count) is not { } values) return;
        var color = new PaintColor(space, values);
        if (code is StrokeGray or StrokeRgb or StrokeCmyk) state.StrokeColor = color;
        else state.FillColor = color;
    }

    private void PaintPath(Frame frame, bool fill, bool stroke)
    {
        var state = frame.State;
        if (fill) Paint(frame, PaintKind.Fill, state.FillColor, state.FillOverprint, null, 1, frame.ShortSide);
        if (stroke) Paint(frame, PaintKind.Stroke, state.StrokeColor, state.StrokeOverprint, state.LineWidth * state.Ctm.MinScale, 1, 0);
        frame.HasPath = false;
    }

    private void ShowGlyphs(Frame frame, int bytes)
    {
        var state = frame.State;
        var glyphs = state.Font is { } font ? bytes / font.BytesPerCode : bytes;
        if (glyphs <= 0) return;
        var mode = state.RenderMode;
        var visible = mode is not (3 or 7);
        if (state.Font is { } used) tally.Glyphs(used, glyphs, visible);
        if (!visible) return;
        // The printed size: the font size through the text matrix and the CTM, measured up the glyphs' em.
        var size = Math.Abs(state.FontSize) * frame.TextMatrix.Then(state.Ctm).YLength;
        if (mode is 0 or 2 or 4 or 6) Paint(frame, PaintKind.Text, state.FillColor, state.FillOverprint, size, glyphs, 0);
        if (mode is 1 or 2 or 5 or 6) Paint(frame, PaintKind.Text, state.StrokeColor, state.StrokeOverprint, size, glyphs, 0);
    }

    /// <summary>Tallies one painting, resolving a pattern colour to what the pattern paints.</summary>
    private void Paint(Frame frame, PaintKind kind, PaintColor color, bool overprint, double? size, int count, double shortSide)
    {
        var state = frame.State;
        tally.Transparency(kind == PaintKind.Stroke ? state.StrokeAlpha : state.FillAlpha, state.SoftMask, state.BlendMode);
        if (color.Space.Family == ColorFamily.Pattern)
        {
            if (PatternColor(frame, color) is not { } painted) return;
            color = painted;
        }

        tally.Paint(kind, color, overprint, state.OverprintMode, size, count, shortSide);
    }

    private static double? Number(ReadOnlySpan<Operand> args, int index) => index < args.Length && args[index].IsNumber ? args[index].Number : null;

    private static string? Name(ReadOnlySpan<Operand> args, int index) => index < args.Length && args[index].IsName ? args[index].Text : null;

    /// <summary>The last <paramref name="count"/> operands as numbers, or null when there are fewer or they are not numbers.</summary>
    private static double[]? Numbers(ReadOnlySpan<Operand> args, int count)
    {
        if (args.Length < count) return null;
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var a = args[args.Length - count + i];
            if (!a.IsNumber || !double.IsFinite(a.Number)) return null;
            values[i] = a.Number;
        }

        return values;
    }
}
