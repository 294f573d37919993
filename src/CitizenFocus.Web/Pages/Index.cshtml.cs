using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Sharing;
using CitizenFocus.Statistics;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Web.Pages;

/// <summary>
/// The home page: who you are, what you can see, and the work your role starts from. A partner agency's
/// user sees which agency they represent and the records shared with it, and nothing else.
/// </summary>
public sealed class IndexModel(CitizenFocusDb db, SharingQueries sharing) : PageModel
{
    public sealed record Task(string Title, string Href, string Description);

    public string Name { get; private set; } = "";
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public string ScopeName { get; private set; } = "";
    public string? ScopeHref { get; private set; }
    public IReadOnlyList<Task> Tasks { get; private set; } = [];

    /// <summary>The agency a partner user represents; null for staff.</summary>
    public PartnerAgencyView? Agency { get; private set; }

    public bool IsPartner { get; private set; }
    public IReadOnlyList<SharedRecordRow> Shared { get; private set; } = [];

    public async System.Threading.Tasks.Task OnGetAsync()
    {
        Name = User.GetDisplayName();
        RoleNames = Roles.All.Where(User.IsInRole).ToList();
        ScopeName = User.GetScopeName();
        var scope = User.GetOrgScope();
        if (scope.IsPartnerAgency)
        {
            IsPartner = true;
            Agency = await sharing.AgencyAsync(scope);
            Shared = await sharing.SharedWithAsync(scope);
            return;
        }
        ScopeHref = UnitChoice.Home(scope) switch
        {
            { Level: OrgLevel.Force } => "/Organisation",
            { Level: OrgLevel.Area, Id: var id } => await db.Areas.Where(a => a.Id == id).Select(a => "/Organisation/Areas/" + a.Code).FirstOrDefaultAsync(),
            { Level: OrgLevel.Borough, Id: var id } => await db.Boroughs.Where(b => b.Id == id).Select(b => "/Organisation/Boroughs/" + b.Code).FirstOrDefaultAsync(),
            { Level: OrgLevel.Ward, Id: var id } => await db.Wards.Where(w => w.Id == id).Select(w => "/Organisation/Wards/" + w.Code).FirstOrDefaultAsync(),
            _ => null,
        };

        var tasks = new List<Task>();
        if (User.GetTeamMemberId() is not null)
            tasks.Add(new Task("My work", "/Work", "Messages and other promises you hold, soonest deadline first, and what was escalated to you."));
        if (Policies.SupervisorRoles.Any(User.IsInRole))
            tasks.Add(new Task("Team queue", "/Work/Team", "Warnings and breaches escalated to you, and all open work in your area."));
        if (Roles.PersonalRecordRoles.Any(User.IsInRole) && !User.IsInRole(Roles.Administrator))
            tasks.Add(new Task("Messages", "/Messages", "Messages from the public to neighbourhood teams: read, reply, log one that came by phone or letter."));
        if (Policies.ComplianceRoles.Any(User.IsInRole))
            tasks.Add(new Task("Compliance", "/Compliance", "How well the service standards are kept, by team, ward, borough and month."));
        if (User.IsInRole(Roles.CallHandler) || User.IsInRole(Roles.VictimCareOfficer))
            tasks.Add(new Task("Calls", "/Calls", "Calls from the public in your area, with the caller's details."));
        if (User.IsInRole(Roles.NeighbourhoodOfficer) || User.IsInRole(Roles.WardSergeant))
        {
            if (ScopeHref is not null) tasks.Add(new Task("Your ward", ScopeHref, "Your ward, its team and its people."));
            tasks.Add(new Task("Calls in your ward", "/Calls", "Calls from the public in your ward."));
        }
        if (User.IsInRole(Roles.Inspector) || User.IsInRole(Roles.BoroughCommander))
        {
            if (ScopeHref is not null) tasks.Add(new Task("Your area of command", ScopeHref, "Wards and teams you are responsible for."));
            tasks.Add(new Task("Teams below establishment", "/Organisation/BelowEstablishment", "Ward teams short of sergeants, PCs or PCSOs."));
            tasks.Add(new Task("Calls", "/Calls", "Calls from the public in your area of command."));
        }
        if (User.IsInRole(Roles.PerformanceAnalyst))
        {
            tasks.Add(new Task("The force", "/Organisation", "Areas, boroughs and wards with their populations and teams."));
            tasks.Add(new Task("Teams below establishment", "/Organisation/BelowEstablishment", "Staffing against the 1-2-3 and 1-2-6 models."));
        }
        if (User.IsInRole(Roles.Administrator))
        {
            tasks.Add(new Task("Audit trail", "/Audit", "Who collected, consulted, changed or disclosed personal data."));
            tasks.Add(new Task("Staff directory", "/Staff", "Find any member of neighbourhood staff."));
        }
        Tasks = tasks.DistinctBy(t => t.Href).ToList();
    }
}
