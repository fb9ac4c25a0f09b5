using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;

namespace PartyReview.ArchitectureTests;

/// <summary>Thin controllers: bind, authorize, call a service, pick a view; the database is the services' business.</summary>
public sealed class ControllerTests
{
    [Fact]
    public void Controllers_do_not_use_the_database_context()
    {
        var result = Types.InAssembly(Architecture.Web).That().Inherit<ControllerBase>()
            .Should().NotHaveDependencyOnAny("PartyReview.Data.PartyReviewDbContext").GetResult();
        Assert.True(result.IsSuccessful, Architecture.Message(
            "Controllers must reach the database through a service; these depend on PartyReviewDbContext:", Architecture.Failures(result)));
    }
}
