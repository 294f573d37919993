using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CitizenFocus.Audit;

namespace CitizenFocus.Bench.Latency;

/// <summary>The built web host run as a child process on a loopback port, against one SQLite file, as production would run it.</summary>
public sealed class WebApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private WebApp(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static string DllPath => Path.Combine(RepoPaths.Root, "artifacts", "bin", "CitizenFocus.Web", "release", "CitizenFocus.Web.dll");

    /// <summary>Builds the web host in Release so the latency is that of the current source.</summary>
    public static async Task<string> BuildAsync(bool noBuild, CancellationToken ct)
    {
        if (!noBuild)
        {
            Console.WriteLine("building src/CitizenFocus.Web (Release)");
            var build = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "build", "-c", "Release", "-nologo", "-v", "q", "src/CitizenFocus.Web" }) build.ArgumentList.Add(a);
            using var p = Process.Start(build)!;
            var output = p.StandardOutput.ReadToEndAsync(ct);
            var error = p.StandardError.ReadToEndAsync(ct);
            await p.WaitForExitAsync(ct);
            if (p.ExitCode != 0)
            {
                Console.WriteLine((await output) + (await error));
                if (!File.Exists(DllPath)) throw new InvalidOperationException("The web host did not build and there is no earlier build.");
                Console.WriteLine($"WARNING: the web host did not build; measuring the earlier build {DllPath} ({File.GetLastWriteTime(DllPath):u})");
            }
        }
        if (!File.Exists(DllPath)) throw new InvalidOperationException($"No web host at {DllPath}: build it with dotnet build -c Release src/CitizenFocus.Web.");
        return DllPath;
    }

    public static async Task<WebApp> StartAsync(string dll, string sqliteFile, CancellationToken ct)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working folder: the output folder holds appsettings.json.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment.Remove("ConnectionStrings__CitizenFocus");
        start.Environment.Remove("Database__Provider");
        start.Environment["Database__SqliteFile"] = Path.GetFullPath(sqliteFile);
        start.Environment["Demo__LoadWhenEmpty"] = "false";
        // Production's settings but for HTTPS, which wrk on loopback does not speak: Secure, __Host- cookies and the
        // HTTPS redirect are Production's alone.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        // Outside Development the audit key comes from configuration: the one the demo file was generated with.
        start.Environment["Audit__Key"] = AuditKeyFile.ReadOrCreate(Path.GetFullPath(sqliteFile) + AuditKeyFile.Suffix);
        start.Environment["RateLimits__SignInPerMinute"] = "1000";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web host.");
        var app = new WebApp(process, baseAddress);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitForHealthAsync(TimeSpan.FromMinutes(3), ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    public string RecentOutput()
    {
        lock (lastLines) return string.Join(Environment.NewLine, lastLines);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            while (lastLines.Count > 40) lastLines.Dequeue();
        }
    }

    private async Task WaitForHealthAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The web host exited with code {process.ExitCode}:{Environment.NewLine}{RecentOutput()}");
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Console.WriteLine($"web host up at {BaseAddress} after {Format.Duration(stopwatch.Elapsed)}");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Slow first answer while it starts.
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"The web host did not answer /health within {timeout}:{Environment.NewLine}{RecentOutput()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
