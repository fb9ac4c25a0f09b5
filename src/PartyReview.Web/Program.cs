using PartyReview.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddPartyReview();

var app = builder.Build();
app.UsePartyReview();

if (StartupCommands.IsCommand(args))
{
    return await StartupCommands.RunAsync(app, args);
}

var database = await app.PrepareDatabaseAsync();
app.LogStartupBanner(database);
await app.RunAsync();
return 0;

/// <summary>The web application's entry point (public for the functional tests' WebApplicationFactory).</summary>
public partial class Program;
