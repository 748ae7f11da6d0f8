using Pamphlet.Cli;

var context = CliContext.For(Console.Out);
using var interruption = Interruption.Register(Console.Error, context.Stop);
var code = PamphletCli.Run(args, Console.Out, Console.Error, context);
return interruption.ExitCode ?? code;
