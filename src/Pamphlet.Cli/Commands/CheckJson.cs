using System.Text.Json;
using System.Text.Json.Serialization;
using Pamphlet.Preflight.Facts;
using Pamphlet.Preflight.Rules;

namespace Pamphlet.Cli.Commands;

/// <summary><c>pamphlet check --json</c>: one document for all files checked.</summary>
/// <param name="Ink">The ink the files were checked for ("color", "cmyk", "riso:black,red"…).</param>
internal sealed record CheckJsonReport(string Ink, IReadOnlyList<CheckedFile> Files, int Errors, int Warnings);

/// <summary>One file: its facts and findings, or the error that kept it from being read (then Facts is null).</summary>
internal sealed record CheckedFile(string File, string? Error, DocumentFacts? Facts, IReadOnlyList<Finding> Findings, int Errors, int Warnings);

/// <summary>
/// Source-generated serialisation (no reflection: the CLI is to be compiled ahead of time). Infinite
/// numbers, such as the resolution of an image placed with no size, are written as "Infinity".
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(CheckJsonReport))]
internal sealed partial class CheckJsonContext : JsonSerializerContext
{
    public static string Write(CheckJsonReport report) =>
        JsonSerializer.Serialize(report, new CheckJsonContext(new JsonSerializerOptions(Default.Options)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }).CheckJsonReport);
}
