using CitizenFocus.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCitizenFocusData();
builder.AddCitizenFocusIdentity();
builder.AddCitizenFocusWeb();
builder.AddCitizenFocusPromiseWorkers();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseCitizenFocusPipeline();
app.MapCitizenFocusEndpoints();
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
