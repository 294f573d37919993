using System.Net;
using System.Text.RegularExpressions;
using CitizenFocus.Audit;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Tests.CrimeAnalysis;

/// <summary>The crime analysis pages over HTTP: scope, personal data, CSV downloads and form errors.</summary>
public abstract partial class CrimeAnalysisPagesTests(AppFixture fixture)
{
    private const string Commander = "commander.barking-and-dagenham";
    private const string Barking = "E09000002";
    private const string WalthamForest = "E09000031";

    [SkippableTheory]
    [InlineData("/Crime/YearToDate", "ytd-table", true)]
    [InlineData("/Crime/YearToDate?Level=ward&Group=robbery", "ytd-table", true)]
    [InlineData("/Crime/BestWorst?Group=residential-burglary", "best-worst-table", true)]
    [InlineData("/Crime/RepeatVictims", "victims-table", false)]
    [InlineData("/Crime/Offenders", "offenders-table", false)]
    [InlineData("/Crime/HotStreets", "streets-table", true)]
    [InlineData("/Crime/Temporal", "heat-table", true)]
    [InlineData("/Crime/Trends", "flagged-months", true)]
    [InlineData("/Crime/NearRepeat?Permutations=99", "near-repeat-table", false)]
    public async Task A_borough_commander_sees_each_analysis_of_their_borough_with_its_table_and_every_chart_followed_by_its_data(
        string path, string tableId, bool charted)
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        var response = await commander.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Barking and Dagenham", html);
        Assert.DoesNotContain("govuk-error-summary", html);
        Assert.Contains($"id=\"{tableId}\"", html);
        Assert.Contains("<caption", html);
        var charts = ChartPattern().Matches(html);
        if (charted) Assert.NotEmpty(charts);
        foreach (Match chart in charts)
        {
            Assert.Matches($"<div id=\"{chart.Groups[1].Value}-table\"[^>]*>\\s*<table", html);
            Assert.Matches($"<svg[^>]*id=\"{chart.Groups[1].Value}\"[^>]*role=\"img\"|<svg[^>]*role=\"img\"[^>]*id=\"{chart.Groups[1].Value}\"", html);
        }
    }

    [SkippableTheory]
    [InlineData("/Crime/YearToDate?handler=Csv", "level,unit_code,unit_name,group_code,group_name,from,to,count,previous_from,previous_to,previous_count,change,percent_change,p_value,significant")]
    [InlineData("/Crime/BestWorst?handler=Csv", "group_code,group_name,position,rank,level,unit_code,unit_name,from,to,count,previous_from,previous_to,previous_count,change,percent_change,p_value,significant")]
    [InlineData("/Crime/RepeatVictims?handler=Csv", "rank,victim_ref,vulnerable,crimes,hate_crimes,juvenile_victim_crimes,domestic_crimes,crime_types,first_at,last_at,last_ward_code")]
    [InlineData("/Crime/RepeatVictims?handler=Csv&Table=locations", "rank,location_key,street,ward_code,ward_name,crimes,victims,crime_types,first_at,last_at")]
    [InlineData("/Crime/Offenders?handler=Csv", "rank,offender_ref,groups,crime_types,crimes,group_codes,types,first_at,last_at,last_borough_code")]
    [InlineData("/Crime/HotStreets?handler=Csv", "ward_code,ward_name,rank,street,crimes,share_of_ward")]
    [InlineData("/Crime/HotStreets?handler=Csv&Table=hotspots", "column,row,x,y,latitude,longitude,crimes,z,p_value,confidence")]
    [InlineData("/Crime/HotStreets?handler=Csv&Table=density", "column,row,x,y,latitude,longitude,density_per_km2")]
    [InlineData("/Crime/Temporal?handler=Csv", "hour,monday,tuesday,wednesday,thursday,friday,saturday,sunday,total")]
    [InlineData("/Crime/Trends?handler=Csv", "level,unit_code,unit_name,group_code,month,count,centre,lower,upper,signal,baseline")]
    [InlineData("/Crime/NearRepeat?handler=Csv&Permutations=99", "distance_from,distance_to,time_from,time_to,observed,expected,ratio,p_value")]
    public async Task Each_analysis_downloads_as_csv_with_its_documented_header(string path, string header)
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        var response = await commander.GetAsync(path);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(header, lines[0].TrimEnd('\r'));
        Assert.True(lines.Length > 1, "the CSV has rows");
    }

    [SkippableFact]
    public async Task The_page_links_to_the_csv_of_the_same_choices()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        var html = await commander.GetStringAsync("/Crime/YearToDate?Level=ward&Group=robbery&AsOf=2026-10-31");
        var link = WebUtility.HtmlDecode(Regex.Match(html, "href=\"(/Crime/YearToDate\\?handler=Csv[^\"]*)\"").Groups[1].Value);
        var lines = (await commander.GetStringAsync(link)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Contains($"Unit={Barking}", link);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches("^ward,E05[0-9]+,[^,]+,robbery,Robbery,2026-04-01,2026-10-31,", l));
    }

    [SkippableFact]
    public async Task Another_boroughs_units_are_not_found_for_a_borough_commander_but_open_to_an_analyst()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");
        var otherWard = fixture.WithDb(db => db.Wards.Where(w => db.Boroughs.Any(b => b.Id == w.BoroughId && b.Code == WalthamForest)).Select(w => w.Code).First());
        var ownWard = fixture.WithDb(db => db.Wards.Where(w => db.Boroughs.Any(b => b.Id == w.BoroughId && b.Code == Barking)).Select(w => w.Code).First());
        var forceCode = fixture.WithDb(db => db.Forces.Select(f => f.Code).First());

        Assert.Equal(HttpStatusCode.NotFound, (await commander.GetAsync($"/Crime/YearToDate?Unit={WalthamForest}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commander.GetAsync($"/Crime/HotStreets?Unit={otherWard}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commander.GetAsync($"/Crime/Trends?Unit={forceCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commander.GetAsync($"/Crime/RepeatVictims?handler=Csv&Unit={WalthamForest}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commander.GetAsync($"/Crime/Trends?Unit={ownWard}")).StatusCode);
        var analystView = await analyst.GetAsync($"/Crime/YearToDate?Unit={WalthamForest}");
        Assert.Equal(HttpStatusCode.OK, analystView.StatusCode);
        Assert.Contains("Year to date: Waltham Forest", await analystView.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Officers_and_partners_cannot_open_crime_analysis()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var partner = await StaffClient.SignedInAsync(fixture, "partner.barking-and-dagenham");
        var officer = await StaffClient.SignedInAsync(fixture, "officer.barking-and-dagenham");

        foreach (var path in new[] { "/Crime", "/Crime/YearToDate", "/Crime/RepeatVictims", "/Crime/Offenders?handler=Csv" })
        {
            Assert.Contains("/Account/AccessDenied", (await partner.GetAsync(path)).Headers.Location!.ToString());
            Assert.Contains("/Account/AccessDenied", (await officer.GetAsync(path)).Headers.Location!.ToString());
        }
    }

    [SkippableFact]
    public async Task The_index_lists_every_analysis_and_the_navigation_leads_to_it()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        var html = await commander.GetStringAsync("/Crime");

        Assert.Contains("href=\"/Crime\"", await commander.GetStringAsync("/"));
        foreach (var page in new[] { "YearToDate", "BestWorst", "RepeatVictims", "Offenders", "HotStreets", "Temporal", "Trends", "NearRepeat" })
            Assert.Contains($"href=\"/Crime/{page}\"", html);
    }

    [SkippableFact]
    public async Task Viewing_and_downloading_repeat_victims_and_offenders_is_audited_as_a_consultation()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);
        int Count(string id) => fixture.WithDb(db => db.AuditEntries.AsNoTracking().Count(e =>
            e.RecordType == "CrimeAnalysis" && e.RecordId == id && e.Action == AuditAction.Consultation && e.Actor == Commander + StaffClient.DemoDomain));
        var (victims, offenders) = ($"repeat-victims:{Barking}", $"cross-type-offenders:{Barking}");
        var (victimsBefore, offendersBefore) = (Count(victims), Count(offenders));

        Assert.Equal(HttpStatusCode.OK, (await commander.GetAsync("/Crime/RepeatVictims")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commander.GetAsync("/Crime/RepeatVictims?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commander.GetAsync("/Crime/Offenders")).StatusCode);

        Assert.Equal(victimsBefore + 2, Count(victims));
        Assert.Equal(offendersBefore + 1, Count(offenders));
        var last = fixture.WithDb(db => db.AuditEntries.AsNoTracking().Where(e => e.RecordId == victims).OrderByDescending(e => e.Sequence).First());
        Assert.StartsWith("Downloaded as a file: ", last.Detail);
    }

    [SkippableFact]
    public async Task Repeat_victims_are_listed_vulnerable_first()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        var html = await commander.GetStringAsync("/Crime/RepeatVictims");
        var table = html[html.IndexOf("id=\"victims-table\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var vulnerable = Regex.Matches(table, "<tr class=\"govuk-table__row\">[\\s\\S]*?</tr>").Skip(1)
            .Select(m => m.Value.Contains(">Vulnerable</strong>", StringComparison.Ordinal)).ToList();

        Assert.Contains(true, vulnerable);
        Assert.Equal(vulnerable.OrderByDescending(v => v), vulnerable);
    }

    [SkippableFact]
    public async Task A_bad_date_is_reported_beside_its_field_not_as_a_server_error()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        var response = await commander.GetAsync("/Crime/YearToDate?AsOf=2026-13-45");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#AsOf\"", html);
        Assert.Matches("<p id=\"AsOf-error\" class=\"govuk-error-message\">[\\s\\S]*?Enter the date as a real date", html);
        Assert.Contains("value=\"2026-13-45\"", html);
        Assert.DoesNotContain("id=\"ytd-table\"", html);
    }

    [SkippableFact]
    public async Task An_unknown_unit_and_bands_that_do_not_go_up_are_reported_beside_their_fields()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);

        var unknown = await commander.GetStringAsync("/Crime/Temporal?Unit=NOWHERE");
        var bands = await commander.GetStringAsync("/Crime/NearRepeat?DistanceBands=0,200,100&TimeBands=0,x&Permutations=5000");

        Assert.Matches("<p id=\"Unit-error\" class=\"govuk-error-message\">[\\s\\S]*?is not a force, area, borough or ward", unknown);
        Assert.Matches("<p id=\"DistanceBands-error\" class=\"govuk-error-message\">[\\s\\S]*?Boundaries must go up: 100 comes after 200", bands);
        Assert.Contains("id=\"TimeBands-error\"", bands);
        Assert.Contains("id=\"Permutations-error\"", bands);
        Assert.DoesNotContain("id=\"near-repeat-table\"", bands);
    }

    [SkippableFact]
    public async Task The_near_repeat_test_finds_the_planted_burglary_near_repeats_and_repeats_with_the_same_seed()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, Commander);
        const string path = "/Crime/NearRepeat?handler=Csv&Type=Residential+burglary&DistanceBands=0,1,101,201&TimeBands=0,15,30&Permutations=99&Seed=7";

        var first = await commander.GetStringAsync(path);
        var second = await commander.GetStringAsync(path);

        Assert.Equal(first, second);
        // Planted: more burglaries within about 70 m and 14 days of another than shuffled dates give.
        var near = first.Split('\n')[1..].First(l => l.StartsWith("1,101,0,15,", StringComparison.Ordinal)).Split(',');
        Assert.True(double.Parse(near[6], System.Globalization.CultureInfo.InvariantCulture) > 1, string.Join(",", near));
        Assert.True(double.Parse(near[7], System.Globalization.CultureInfo.InvariantCulture) < 0.05, string.Join(",", near));
    }

    [GeneratedRegex("<figure class=\"cf-chart\" aria-describedby=\"([a-z0-9-]+)-table\">")]
    private static partial Regex ChartPattern();
}

[Collection(SqliteApp.Name)]
public sealed class CrimeAnalysisPagesTestsOnSqlite(SqliteAppFixture fixture) : CrimeAnalysisPagesTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class CrimeAnalysisPagesTestsOnPostgres(PostgresAppFixture fixture) : CrimeAnalysisPagesTests(fixture);
