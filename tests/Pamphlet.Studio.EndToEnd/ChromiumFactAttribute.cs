namespace Pamphlet.Studio.EndToEnd;

/// <summary>A test that needs Debian's Chromium: skipped, saying how to install it, where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Debian's <c>chromium</c> package puts the browser here; Playwright drives it instead of downloading its own.</summary>
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable)) Skip = $"Chromium is not installed ({Executable}): `apt-get install -y chromium` runs these browser tests (.ci/run does).";
    }
}
