using System.Security.Cryptography;

namespace Pamphlet.Studio;

/// <summary>
/// A file's version as the editor holds it: the SHA-256 of its bytes (so a change that keeps the size
/// and time, or a copy put back, is told apart from what was loaded). A missing file has its own version.
/// </summary>
internal static class FileVersion
{
    public const string Missing = "missing";

    public static string Of(byte[]? bytes) => bytes is null ? Missing : Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The file's bytes, or null when there is no file.</summary>
    public static byte[]? ReadBytes(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;
}
