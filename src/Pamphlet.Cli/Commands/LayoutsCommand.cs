using System.CommandLine;

namespace Pamphlet.Cli.Commands;

/// <summary><c>pamphlet layouts [--in DIR]</c>: the layouts a build in that folder can use, one line each.</summary>
internal static class LayoutsCommand
{
    public static Command Create(TextWriter output, Messages messages)
    {
        var folder = new Option<string>("--in")
        {
            Description = "Folder of your statements: its layouts/ subfolder is searched before the bundled layouts.",
            DefaultValueFactory = _ => ".",
        };
        OptionValues.RequireText(folder, "--in must be a folder, e.g. --in campaign");
        var command = new Command("layouts", "List the layouts you can build with, and what each is for.") { folder };
        command.SetAction(parsed =>
        {
            var catalog = Engine.PamphletEngine.CatalogFor(Path.GetFullPath(parsed.GetValue(folder) ?? "."));
            var list = catalog.List();
            var width = list.Count == 0 ? 0 : list.Max(l => l.Name.Length);
            // Names and descriptions come from layout files, which may hold any character.
            foreach (var layout in list) output.WriteLine(Engine.MessageText.Printable($"{layout.Name.PadRight(width)}  {layout.Description}"));
            if (list.Count == 0) messages.Say("pamphlet: no layouts found (the bundled layouts/ folder is missing from the installation).");
            return list.Count == 0 ? ExitCodes.BuildFailed : ExitCodes.Success;
        });
        return command;
    }
}
