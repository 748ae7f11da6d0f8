using Pamphlet.Cli;

using var interruption = Interruption.Register(Console.Error);
var code = PamphletCli.Run(args, Console.Out, Console.Error);
return interruption.ExitCode ?? code;
