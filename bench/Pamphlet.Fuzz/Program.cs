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
    "repro" => Campaign(options, c => c.Reproduce(options.Only!.Value)),
    _ => Campaign(options, c => c.Run()),
};

/// <summary>Runs one campaign with a coordinator that is disposed of when it ends.</summary>
static int Campaign(Options options, Func<Coordinator, int> run)
{
    using var coordinator = new Coordinator(options);
    return run(coordinator);
}
