using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pamphlet.Studio;

/// <summary>The studio's JSON, serialised by generated code (no reflection, for Native AOT).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(FolderListing))]
[JsonSerializable(typeof(StatementText))]
[JsonSerializable(typeof(StatementVersion))]
[JsonSerializable(typeof(SaveRequest))]
[JsonSerializable(typeof(RenderRequest))]
[JsonSerializable(typeof(RenderResult))]
[JsonSerializable(typeof(DownloadRequest))]
[JsonSerializable(typeof(UploadResult))]
[JsonSerializable(typeof(Problem))]
internal sealed partial class StudioJson : JsonSerializerContext;

/// <summary>What the folder holds: its statements, the manifest's editions, the layouts and inks to pick from, and the limits.</summary>
internal sealed record FolderListing(string Folder, IReadOnlyList<StatementEntry> Statements, IReadOnlyList<StatementEntry> Editions, IReadOnlyList<Choice> Layouts,
    IReadOnlyList<Choice> Inks, IReadOnlyList<DiagnosticEntry> Problems, long MaxUploadBytes);

/// <summary>A statement by its path in the folder, and the name it is shown with (an edition's name in the manifest).</summary>
internal sealed record StatementEntry(string Path, string Name);

/// <summary>One entry of a picker.</summary>
internal sealed record Choice(string Name, string Description);

/// <summary>A statement's text and the version of the file it was read from (see <see cref="FileVersion"/>).</summary>
internal sealed record StatementText(string Path, string Text, string Version);

internal sealed record StatementVersion(string Path, string Version);

/// <summary>Save <see cref="Text"/> over the file, only if it is still at <see cref="Version"/> (what the editor loaded or last saved).</summary>
internal sealed record SaveRequest(string Path, string Text, string Version);

/// <summary>Draw the editor's text with one layout (empty: the statement's first) and ink (empty: the statement's or layout's).</summary>
internal sealed record RenderRequest(string Path, string Text, string? Layout = null, string? Ink = null);

/// <summary>
/// The pages as base64 PNGs, the page size in points, the spreads (page indexes, null for an empty
/// side), and the warnings and errors at their place; on an error there are no pages.
/// </summary>
internal sealed record RenderResult(string? Layout, string? Kind, double PageWidth, double PageHeight, IReadOnlyList<string> Pages, IReadOnlyList<IReadOnlyList<int?>> Spreads,
    IReadOnlyList<DiagnosticEntry> Warnings, IReadOnlyList<DiagnosticEntry> Errors, long Milliseconds);

/// <summary>
/// Build the editor's text and download what <see cref="What"/> names: <c>pdf</c>, <c>imposed</c>
/// (the sheets for printing) or <c>separations</c> (one master per risograph ink, as a ZIP).
/// </summary>
internal sealed record DownloadRequest(string Path, string Text, string What, string? Layout = null, string? Ink = null);

/// <summary>An image saved beside the statement: its name as the statement refers to it.</summary>
internal sealed record UploadResult(string Name);

/// <summary>
/// A warning or error: its file relative to the folder (or its name, outside it), line and column
/// (0: none), whether it is in the statement being edited, and the message.
/// </summary>
internal sealed record DiagnosticEntry(string Severity, string File, int Line, int Column, bool InStatement, string Message);

/// <summary>A refused request: what was wrong and what to do; <see cref="Version"/> is the file's version on a save conflict.</summary>
internal sealed record Problem(string Error, string? Version = null, IReadOnlyList<DiagnosticEntry>? Errors = null);
