using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// Checks of values on the command line, each saying what was expected: a bad value is a usage error
/// (exit 2) with a sentence, never a type name or "unrecognized option".
/// </summary>
internal static class OptionValues
{
    /// <summary>Refuses an empty value (<c>--out ""</c>); <paramref name="rule"/> says what to give instead.</summary>
    public static void RequireText(Option option, string rule) =>
        option.Validators.Add(result => RefuseEmpty(result, result.Tokens, rule));

    /// <summary>Refuses an empty statement name (<c>build ""</c>).</summary>
    public static void RequireText(Argument argument, string rule) =>
        argument.Validators.Add(result => RefuseEmpty(result, result.Tokens, rule));

    private static void RefuseEmpty(SymbolResult result, IReadOnlyList<Token> tokens, string rule)
    {
        if (tokens.Any(t => string.IsNullOrWhiteSpace(t.Value))) result.AddError($"{rule}; an empty value was given.");
    }

    /// <summary><c>--jobs N</c>: a whole number from 1 up.</summary>
    public static int? ParseJobs(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs >= 1) return jobs;
        result.AddError($"--jobs must be a whole number from 1 up (how many editions to build at once), e.g. --jobs 2; '{text}' is not.");
        return null;
    }
}
