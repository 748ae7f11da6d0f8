using System.CommandLine;
using System.Net;
using Pamphlet.Studio;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// <c>pamphlet serve [FOLDER] [--port N] [--host H]</c>: the web studio over a folder of statements,
/// until Ctrl+C. The server is <see cref="StudioServer"/>; this only reads the command line and reports.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, Messages messages, CliContext context)
    {
        var folder = new Argument<string>("FOLDER")
        {
            Description = "The folder of statements to open (default: the current folder). The studio reads and writes only inside it.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var port = new Option<int>("--port")
        {
            Description = $"The port to listen on (default {StudioOptions.DefaultPort}; 0 picks a free one).",
            DefaultValueFactory = _ => StudioOptions.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < IPEndPoint.MinPort or > IPEndPoint.MaxPort) result.AddError($"--port must be a whole number from {IPEndPoint.MinPort} to {IPEndPoint.MaxPort}");
        });
        var host = new Option<string>("--host")
        {
            Description = $"The address to listen on (default {StudioOptions.LoopbackHost}: this machine only). Another address lets other machines open, change and build your statements.",
            DefaultValueFactory = _ => StudioOptions.LoopbackHost,
        };
        host.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value != "localhost" && !IPAddress.TryParse(value, out _)) result.AddError($"--host must be an IP address (such as 127.0.0.1 or 0.0.0.0) or localhost, not '{value}'");
        });
        var command = new Command("serve", "Open a web studio on the statements in FOLDER: edit them with the pages drawn beside the text, save, and download the PDFs. Ctrl+C stops.")
        {
            folder, port, host,
        };
        command.SetAction(parsed => Run(output, messages, context, new StudioOptions(
            Path.GetFullPath(parsed.GetValue(folder) ?? ".", context.WorkingDirectory), parsed.GetValue(host)!, parsed.GetValue(port))));
        return command;
    }

    private static int Run(TextWriter output, Messages messages, CliContext context, StudioOptions options)
    {
        if (!Directory.Exists(options.Folder))
        {
            messages.Say($"{options.Folder}: error: there is no such folder; name the folder that holds your statements (pamphlet serve campaign)");
            return ExitCodes.BuildFailed;
        }

        var stop = context.Stop.Listen();
        using var app = StudioServer.Create(options, log: messages.Say);
        try
        {
            app.StartAsync(stop).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            messages.Say($"pamphlet serve: error: cannot listen on {options.Host} port {options.Port} ({e.Message}); is another studio running? Choose another port with --port");
            return ExitCodes.BuildFailed;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }

        if (!options.IsLoopback)
        {
            messages.Say($"pamphlet serve: warning: listening on {options.Host}: anyone who can reach this machine on port {options.Port} can read, change and build the statements in {options.Folder} (the studio reads and writes nothing outside it). Use it only on a network you trust.");
        }

        output.WriteLine($"Pamphlet studio: {StudioServer.Address(app)} (serving {options.Folder}); Ctrl+C stops.");
        output.Flush();
        try
        {
            Task.Delay(Timeout.Infinite, stop).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }

        app.StopAsync().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }
}
