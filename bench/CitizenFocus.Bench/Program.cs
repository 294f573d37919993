using CitizenFocus.Bench;

// dotnet run -c Release --project bench/CitizenFocus.Bench -- <name> [options]
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var benchmarks = BenchmarkCatalog.All;
if (args.Length == 0 || args[0] is "--list" or "-l" or "list" or "--help" or "-h")
{
    BenchmarkCatalog.PrintList(Console.Out);
    return 0;
}

var benchmark = benchmarks.FirstOrDefault(b => string.Equals(b.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (benchmark is null)
{
    Console.Error.WriteLine($"No benchmark named '{args[0]}'.");
    BenchmarkCatalog.PrintList(Console.Error);
    return 2;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args[1..]);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

try
{
    return await benchmark.RunAsync(options, cancel.Token);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
