using System.CommandLine;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Cli.Commands;

/// <summary><c>pamphlet inks</c>: what <c>--ink</c> accepts, one line each, then the risograph inks by name.</summary>
internal static class InksCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("inks", "List the inks you can print with (--ink), and the risograph inks by name.");
        command.SetAction(_ =>
        {
            var width = InkChoice.Descriptions.Max(d => d.Name.Length);
            foreach (var (name, description) in InkChoice.Descriptions) output.WriteLine($"{name.PadRight(width)}  {description}");
            output.WriteLine();
            output.WriteLine("risograph inks: " + string.Join(", ", RisoInks.All.Select(ink => ink.Key)));
            return ExitCodes.Success;
        });
        return command;
    }
}
