using System.Net;
using CitizenFocus.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace CitizenFocus.Web.Tests.Statistics;

/// <summary>The monthly performance pack over HTTP: scope, grades, diagnostics and downloads.</summary>
public abstract class PerformancePackTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task A_borough_commander_sees_their_borough_pack_with_grades_and_every_chart_has_a_data_table()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");

        var html = await commander.GetStringAsync("/Performance");

        Assert.Contains("Performance pack: Barking and Dagenham", html);
        // The demo's Barking and Dagenham sits far below the other boroughs on confidence (seed 003: 11%).
        Assert.Matches("data-indicator=\"pas-confidence\"[\\s\\S]*?Failing", html);
        Assert.Contains("Design effects used: public attitude survey 1.5, user satisfaction survey 1.0", html);
        var charts = System.Text.RegularExpressions.Regex.Matches(html, "<figure class=\"cf-chart\" aria-describedby=\"(chart-[0-9a-f]+)-table\">");
        Assert.True(charts.Count >= 4, $"expected trend, league and funnel charts, found {charts.Count}");
        foreach (System.Text.RegularExpressions.Match chart in charts)
            Assert.Matches($"<div id=\"{chart.Groups[1].Value}-table\"><table", html);
    }

    [SkippableFact]
    public async Task Another_boroughs_pack_is_not_found_for_a_borough_commander_but_open_to_an_analyst()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");

        var theirs = await commander.GetAsync("/Performance?Level=borough&Unit=E09000031");
        var force = await commander.GetAsync("/Performance?Level=force");
        var analystView = await analyst.GetAsync("/Performance?Level=borough&Unit=E09000031");

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, force.StatusCode);
        Assert.Equal(HttpStatusCode.OK, analystView.StatusCode);
        Assert.Contains("Performance pack: Waltham Forest", await analystView.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task The_api_gives_the_units_figures_as_json_inside_the_readers_scope_only()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");

        var own = await commander.GetAsync("/api/performance?level=borough&unit=E09000002");
        var other = await commander.GetAsync("/api/performance?level=borough&unit=E09000031");
        var anonymous = await StaffClient.Anonymous(fixture).GetAsync("/api/performance?level=borough&unit=E09000002");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await own.Content.ReadAsStringAsync());
        var figures = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(9, figures.Count);
        var confidence = figures.Single(f => f.GetProperty("indicator").GetString() == "pas-confidence");
        Assert.Equal("failing", confidence.GetProperty("grade").GetString());
        Assert.InRange(confidence.GetProperty("estimate").GetDouble(), 0.0, 0.25);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [SkippableFact]
    public async Task The_demos_one_area_shows_its_figures_as_not_graded_and_says_why()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");

        var html = await analyst.GetStringAsync("/Performance?Level=area&Unit=NE");
        using var json = System.Text.Json.JsonDocument.Parse(await analyst.GetStringAsync("/api/performance?level=area&unit=NE"));

        Assert.Matches("data-indicator=\"uss-whole-experience\"[\\s\\S]*?Not graded[\\s\\S]*?Why: no other area has a large enough sample to compare with", html);
        Assert.DoesNotContain(">Meeting<", html);
        var satisfaction = json.RootElement.EnumerateArray().Single(f => f.GetProperty("indicator").GetString() == "uss-whole-experience");
        Assert.Equal("not graded", satisfaction.GetProperty("grade").GetString());
        Assert.StartsWith("no other area", satisfaction.GetProperty("notGradedReason").GetString());
        Assert.Equal(0, satisfaction.GetProperty("peerUnits").GetArrayLength());
    }

    [SkippableFact]
    public async Task Partners_and_officers_cannot_open_the_pack()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var partner = await StaffClient.SignedInAsync(fixture, "partner.barking-and-dagenham");
        var officer = await StaffClient.SignedInAsync(fixture, "officer.barking-and-dagenham");

        Assert.Contains("/Account/AccessDenied", (await partner.GetAsync("/Performance")).Headers.Location!.ToString());
        Assert.Contains("/Account/AccessDenied", (await officer.GetAsync("/Performance")).Headers.Location!.ToString());
    }

    [SkippableFact]
    public async Task The_pack_downloads_as_a_pdf_naming_the_borough_and_as_csv_with_the_documented_columns()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");

        var pdf = await commander.GetAsync("/Performance/Download?Level=borough&Unit=E09000002&Format=pdf");
        var csv = await commander.GetAsync("/Performance/Download?Level=borough&Unit=E09000002&Format=csv");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.Contains("BarkingandDagenham", text.Replace(" ", ""));
            Assert.Contains(document.GetPages(), p => p.GetImages().Any());
        }
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("level,unit_code,unit_name,indicator,period_start,period_end,n,n_eff,estimate,ci_low,ci_high,peer_estimate", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("borough,E09000002,Barking and Dagenham,", l));
    }

    [SkippableFact]
    public async Task An_analyst_changes_an_indicator_definition_and_the_change_is_audited()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");
        var commander = await StaffClient.SignedInAsync(fixture, "commander.barking-and-dagenham");

        var refused = await StaffClient.PostFormAsync(commander, "/Performance/Indicators?Code=pas-heard-of-snt", new()
        {
            ["Code"] = "pas-heard-of-snt", ["Name"] = "Heard of the team", ["PositiveAnswers"] = "Yes", ["ExcludedAnswers"] = "", ["HigherIsBetter"] = "true",
        });
        var empty = await StaffClient.PostFormAsync(analyst, "/Performance/Indicators?Code=pas-heard-of-snt", new()
        {
            ["Code"] = "pas-heard-of-snt", ["Name"] = "Heard of your Safer Neighbourhood Team", ["PositiveAnswers"] = " ", ["ExcludedAnswers"] = "",
        });
        var saved = await StaffClient.PostFormAsync(analyst, "/Performance/Indicators?Code=pas-heard-of-snt", new()
        {
            ["Code"] = "pas-heard-of-snt", ["Name"] = "Heard of your Safer Neighbourhood Team", ["PositiveAnswers"] = "Yes",
            ["ExcludedAnswers"] = "Don't know\nRefused", ["HigherIsBetter"] = "true",
        });

        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString());
        var emptyPage = await empty.Content.ReadAsStringAsync();
        Assert.True(emptyPage.Contains("Enter at least one answer that counts as positive"), $"{(int)empty.StatusCode} {empty.Headers.Location} {emptyPage[..Math.Min(3000, emptyPage.Length)]}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(fixture.WithDb(db => db.AuditEntries.Where(e => e.RecordType == "Indicator" && e.RecordId == "pas-heard-of-snt").Select(e => e.Actor).ToList()),
            actor => actor == "analyst" + StaffClient.DemoDomain);
    }
}

[Collection(SqliteApp.Name)]
public sealed class PerformancePackTestsOnSqlite(SqliteAppFixture fixture) : PerformancePackTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class PerformancePackTestsOnPostgres(PostgresAppFixture fixture) : PerformancePackTests(fixture);
