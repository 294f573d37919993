using CitizenFocus.Web.Hosting;
using Pages = CitizenFocus.Web.Pages;

var builder = WebApplication.CreateBuilder(args);
builder.AddCitizenFocusData();
builder.AddCitizenFocusWeb();

// The capabilities, each once: a new one is a folder under Pages/ with its web module, and a line here.
builder.AddCapability<Pages.Identity.IdentityWebModule>();
builder.AddCapability<Pages.Organisation.OrganisationWebModule>();
builder.AddCapability<Pages.Calls.CallsWebModule>();
builder.AddCapability<Pages.Sharing.SharingWebModule>();
builder.AddCapability<Pages.Contact.ContactWebModule>();
builder.AddCapability<Pages.Promises.PromisesWebModule>();
builder.AddCapability<Pages.Statistics.StatisticsWebModule>();
builder.AddCapability<Pages.CrimeAnalysis.CrimeAnalysisWebModule>();
builder.AddCapability<Pages.Audit.AuditWebModule>();
builder.AddCapability<Pages.Retention.RetentionWebModule>();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseCitizenFocusPipeline();
app.MapCitizenFocusEndpoints();
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
