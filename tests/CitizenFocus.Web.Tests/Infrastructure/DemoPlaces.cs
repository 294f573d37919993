using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Infrastructure;

/// <summary>Places in the demo force the tests use, found in the database rather than assumed.</summary>
public static class DemoPlaces
{
    public sealed record Team(int Id, string Slug, string Name, string BoroughCode);

    /// <summary>The first ward's team in Barking and Dagenham: officer.barking-and-dagenham is its contact officer.</summary>
    public static Team FirstWardTeamOfBarkingAndDagenham(AppFixture fixture) => fixture.WithDb(db =>
    {
        var borough = db.Boroughs.Single(b => b.Name == "Barking and Dagenham");
        var ward = db.Wards.Where(w => w.BoroughId == borough.Id).OrderBy(w => w.Id).First();
        var team = db.Teams.Single(t => t.WardId == ward.Id && t.Kind == TeamKind.WardTeam);
        return new Team(team.Id, team.Slug, team.Name, borough.Code);
    });

    /// <summary>The second ward's team in Barking and Dagenham: another team in the same borough.</summary>
    public static Team SecondWardTeamOfBarkingAndDagenham(AppFixture fixture) => fixture.WithDb(db =>
    {
        var borough = db.Boroughs.Single(b => b.Name == "Barking and Dagenham");
        var ward = db.Wards.Where(w => w.BoroughId == borough.Id).OrderBy(w => w.Id).Skip(1).First();
        var team = db.Teams.Single(t => t.WardId == ward.Id && t.Kind == TeamKind.WardTeam);
        return new Team(team.Id, team.Slug, team.Name, borough.Code);
    });

    public static async Task<SweepResult> SweepAsync(AppFixture fixture)
    {
        using var scope = fixture.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SweepClocks>().RunAsync();
    }
}
