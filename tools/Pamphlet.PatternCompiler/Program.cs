using Pamphlet.Text.Hyphenation;

// pattern-compiler OUTPUT-FOLDER PATTERN-FILE.dic…
// Writes OUTPUT-FOLDER/<name>.hyph for each pattern file. A file that cannot be read is reported in the
// form MSBuild shows as an error (file: error code: text), and the exit code is 1.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Pamphlet.PatternCompiler OUTPUT-FOLDER PATTERN-FILE.dic…");
    return 2;
}

var output = args[0];
Directory.CreateDirectory(output);
var failed = false;
foreach (var source in args[1..])
{
    try
    {
        var compiled = CompiledPatternFile.Write(PatternFileReader.Parse(File.ReadAllBytes(source), source));
        // Read back: a layout the reader rejects fails the build, not a user's first German pamphlet.
        CompiledPatternFile.Read(compiled, source);
        var target = Path.Combine(output, Path.GetFileNameWithoutExtension(source) + CompiledPatternFile.Extension);
        File.WriteAllBytes(target, compiled);
    }
    catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"{source}: error PHYPH1: {e.Message}");
        failed = true;
    }
}

return failed ? 1 : 0;
