using System.Net;
using System.Text.Json;
using CitizenFocus.Web.Tests.Infrastructure;

namespace CitizenFocus.Web.Tests.Hosting;

/// <summary>
/// Bounded work per person: one heavy analysis at a time for each signed-in reader (the next refused with 429
/// and Retry-After, a page for pages and problem details for the API), nobody else held up by it, and each
/// stopped at its time budget with a message saying so. The database is held (<see cref="HeldQueries"/>) so that
/// an analysis is known to be running while the others arrive, and the budget is spent by moving the clock on.
/// </summary>
public abstract class HeavyWorkTests(HeavyWorkAppFixture fixture)
{
    private const string Commander = "commander.barking-and-dagenham";
    private const string NearRepeat = "/Crime/NearRepeat?Permutations=99";

    [SkippableFact]
    public async Task Four_heavy_analyses_at_once_by_one_person_run_one_and_refuse_three_with_a_page_and_retry_after()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        using var hold = fixture.Held.Hold("Crimes");
        var requests = Enumerable.Range(0, 4).Select(_ => commander.GetAsync(NearRepeat)).ToList();
        await fixture.Held.ArrivedAsync();
        var refused = new List<HttpResponseMessage>();
        var pending = requests.ToList();
        while (refused.Count < 3)
        {
            var done = await Task.WhenAny(pending).WaitAsync(TimeSpan.FromSeconds(60));
            pending.Remove(done);
            refused.Add(await done);
        }
        // The same person's API call is heavy work too, and refused as problem details.
        var api = await commander.GetAsync("/api/performance?level=borough&unit=E09000002");
        hold.Dispose(); // the crimes arrive: the one analysis running finishes
        var ran = await Assert.Single(pending);

        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        Assert.Contains("id=\"near-repeat-table\"", await ran.Content.ReadAsStringAsync());
        foreach (var response in refused)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 30);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("You already have an analysis running", page);
            Assert.Contains("Wait for the one you started to finish (at most 30 seconds), then try again.", page);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.InRange(api.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 30);
        var problem = await ProblemAsync(api);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("You already have an analysis running", problem.GetProperty("title").GetString());
        // The place is free again once the analysis has ended.
        Assert.Equal(HttpStatusCode.OK, (await commander.GetAsync(NearRepeat)).StatusCode);
    }

    [SkippableFact]
    public async Task Another_persons_heavy_analysis_runs_while_the_first_persons_is_still_running()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");

        Task<HttpResponseMessage> commanders, analysts;
        using (fixture.Held.Hold("Crimes"))
        {
            commanders = commander.GetAsync(NearRepeat);
            await fixture.Held.ArrivedAsync();
            analysts = analyst.GetAsync(NearRepeat);
            // The analyst's analysis reaches the crimes while the commander's is still waiting for them.
            await fixture.Held.ArrivedAsync();
            Assert.False(commanders.IsCompleted);
        }

        Assert.Equal(HttpStatusCode.OK, (await commanders).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analysts).StatusCode);
    }

    [SkippableFact]
    public async Task An_analysis_still_running_at_its_time_budget_is_stopped_with_a_page_saying_so()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        HttpResponseMessage response;
        using (fixture.Held.Hold("Crimes"))
        {
            var request = commander.GetAsync(NearRepeat);
            await fixture.Held.ArrivedAsync();
            fixture.Time.Advance(TimeSpan.FromSeconds(29));
            Assert.False(request.IsCompleted, "stopped before its budget");
            fixture.Time.Advance(TimeSpan.FromSeconds(2));
            response = await request.WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The analysis took too long and was stopped", page);
        Assert.Contains("It ran for 30 seconds, the limit for one analysis.", page);
        // Stopping it gave the place back.
        Assert.Equal(HttpStatusCode.OK, (await commander.GetAsync(NearRepeat)).StatusCode);
    }

    [SkippableFact]
    public async Task An_api_call_still_running_at_its_time_budget_is_stopped_with_problem_details()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        HttpResponseMessage response;
        using (fixture.Held.Hold("SurveyAnswers"))
        {
            var request = commander.GetAsync("/api/performance?level=borough&unit=E09000002");
            await fixture.Held.ArrivedAsync();
            fixture.Time.Advance(TimeSpan.FromSeconds(31));
            response = await request.WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("The analysis took too long and was stopped", problem.GetProperty("title").GetString());
        Assert.Contains("30 seconds", problem.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}

public sealed class HeavyWorkTestsOnSqlite(HeavyWorkSqliteFixture fixture) : HeavyWorkTests(fixture), IClassFixture<HeavyWorkSqliteFixture>;

public sealed class HeavyWorkTestsOnPostgres(HeavyWorkPostgresFixture fixture) : HeavyWorkTests(fixture), IClassFixture<HeavyWorkPostgresFixture>;
