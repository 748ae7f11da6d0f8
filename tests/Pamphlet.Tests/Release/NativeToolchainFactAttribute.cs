using System.Runtime.InteropServices;

namespace Pamphlet.Tests.Release;

/// <summary>
/// A test that makes the Native AOT download (release/build.sh linux-x64): it needs a Linux x64
/// machine with a C compiler that links with zlib, as the SDK's Native AOT compiler does. Skipped,
/// saying what to install, elsewhere.
/// </summary>
internal sealed class NativeToolchainFactAttribute : FactAttribute
{
    public NativeToolchainFactAttribute()
    {
        if (NativeToolchain.Missing is { } missing) Skip = missing;
    }
}

/// <summary>What Native AOT needs on this machine and lacks, or null when it has everything.</summary>
internal static class NativeToolchain
{
    /// <summary>
    /// Where a linker finds zlib for <c>-lz</c>: the unversioned libz.so that a zlib development
    /// package installs (Debian's zlib1g-dev, Fedora's zlib-devel).
    /// </summary>
    private static readonly string[] ZlibForLinking =
    [
        "/usr/lib/x86_64-linux-gnu/libz.so", "/usr/lib64/libz.so", "/usr/lib/libz.so", "/lib/x86_64-linux-gnu/libz.so",
    ];

    public static string? Missing { get; } = Find();

    private static string? Find()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
            return "the Native AOT download is built for Linux x64, and this machine is not one";
        if (!OnPath("clang") && !OnPath("gcc"))
            return "Native AOT needs a C toolchain and there is neither clang nor gcc on the PATH (apt-get install clang zlib1g-dev)";
        if (!ZlibForLinking.Any(File.Exists))
            return "Native AOT links with zlib and its development files are not installed (apt-get install zlib1g-dev)";
        return null;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
