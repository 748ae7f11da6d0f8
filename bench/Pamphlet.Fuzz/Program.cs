using System.Globalization;
using Pamphlet.Fuzz;

// Pamphlet.Fuzz run [--cases N] [--seed S] [--jobs J] [--out DIR] [--timeout S] [--max-memory MB]
// Pamphlet.Fuzz repro SEED [--out DIR]      one case, in a worker, with its details
// Pamphlet.Fuzz worker --work DIR           (started by run and repro)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Options options;
try
{
    options = Options.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine($"fuzz: {e.Message}");
    Console.Error.WriteLine("usage: bench/fuzz.sh [--cases N] [--seed S] [--jobs J] [--out DIR] [--timeout SECONDS] [--max-memory MB] | --repro SEED");
    return 2;
}

return options.Mode switch
{
    "worker" => Worker.Run(options.Work ?? Path.Combine(options.Out, "work")),
    "repro" => new Coordinator(options).Reproduce(options.Only!.Value),
    _ => new Coordinator(options).Run(),
};
