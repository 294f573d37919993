using System.Security.Claims;
using CitizenFocus.Identity;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Shared;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Hosting;

/// <summary>The service navigation is assembled from the capabilities' web modules and filtered by the policies that guard their pages.</summary>
[Collection(SqliteApp.Name)]
public sealed class NavigationTests(SqliteAppFixture fixture)
{
    [Theory]
    [InlineData(Roles.PerformanceAnalyst, false, "Home|Organisation|Staff directory|Compliance|Performance|Crime analysis")]
    [InlineData(Roles.NeighbourhoodOfficer, true, "Home|My work|Messages|Calls|Organisation|Staff directory")]
    [InlineData(Roles.WardSergeant, true, "Home|My work|Team queue|Messages|Calls|Organisation|Staff directory")]
    [InlineData(Roles.Administrator, false, "Home|Messages|Calls|Organisation|Staff directory|Compliance|Performance|Crime analysis|Audit trail|Subject access|Set-up|Retention rules")]
    [InlineData(Roles.PartnerAgencyUser, false, "Home")]
    public async Task Each_role_sees_the_entries_of_the_pages_it_may_open_in_order(string role, bool teamMember, string expected)
    {
        List<Claim> claims = [new(ClaimTypes.Name, "someone"), new(ClaimTypes.Role, role)];
        if (teamMember) claims.Add(new Claim(ScopeClaims.Member, "7"));
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
        await using var scope = fixture.App.Services.CreateAsyncScope();

        var items = await scope.ServiceProvider.GetRequiredService<Navigation>().ForAsync(user);

        Assert.Equal(expected, string.Join("|", items.Select(i => i.Text)));
    }

    [Fact]
    public async Task Someone_not_signed_in_sees_no_navigation()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();

        var items = await scope.ServiceProvider.GetRequiredService<Navigation>().ForAsync(new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Empty(items);
    }
}
