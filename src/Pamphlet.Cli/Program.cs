return Pamphlet.Cli.PamphletCli.Run(args, Console.Out, Console.Error);
