using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Studio;

/// <summary><c>pamphlet serve</c> on the command line: what it checks, what it prints, and that Ctrl+C stops it with exit 0.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class ServeCommandTests
{
    [Fact]
    public void A_missing_folder_is_an_error()
    {
        var result = CliRunner.Run("serve", Path.Combine(Path.GetTempPath(), "pamphlet-no-such-folder-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.Contains("there is no such folder", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000", "--port must be a whole number from 0 to 65535")]
    [InlineData("--host", "studio.example", "--host must be an IP address")]
    public void A_wrong_port_or_host_is_a_usage_error(string option, string value, string message)
    {
        var result = CliRunner.Run("serve", ".", option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_prints_its_address_on_127_0_0_1_and_stops_on_ctrl_c()
    {
        var (code, output, error) = await Serve("--port", "0");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^Pamphlet studio: http://127\.0\.0\.1:\d+/ \(serving ", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Another_host_is_served_with_a_warning()
    {
        var (code, _, error) = await Serve("--port", "0", "--host", "0.0.0.0");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("warning: listening on 0.0.0.0: anyone who can reach this machine", error, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>pamphlet serve</c> over the samples until it has printed its address, then stops it as Ctrl+C does.</summary>
    private static async Task<(int Code, string Output, string Error)> Serve(params string[] options)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var synchronizedOutput = TextWriter.Synchronized(output);
        var synchronizedError = TextWriter.Synchronized(error);
        using var stop = new StopSignal();
        var context = new CliContext(Path.Combine(RepositoryFolder.Root!, "samples"), Interactive: false) { Stop = stop };
        var run = Task.Run(() => PamphletCli.Run(["serve", .. options], synchronizedOutput, synchronizedError, context));
        while (!run.IsCompleted && !Locked(synchronizedOutput, output).Contains("Ctrl+C stops", StringComparison.Ordinal)) await Task.Delay(20);
        stop.TryStop();
        var code = await run;
        return (code, Locked(synchronizedOutput, output), Locked(synchronizedError, error));
    }

    private static string Locked(TextWriter synchronized, StringWriter writer)
    {
        lock (synchronized) return writer.ToString();
    }
}
