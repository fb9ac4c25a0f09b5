namespace PartyReview.ArchitectureTests;

/// <summary>The layers: Domain is pure, Data knows nothing of the web app.</summary>
public sealed class LayerTests
{
    [Fact]
    public void Domain_references_no_EF_Core_no_ASP_NET_and_neither_Data_nor_Web() =>
        Architecture.AssertNoDependency(
            Architecture.Domain,
            "PartyReview.Domain must stay pure; these types depend on EF Core, ASP.NET Core, Data or Web:",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "PartyReview.Data", "PartyReview.Web");

    [Fact]
    public void Data_references_neither_Web_nor_MVC() =>
        Architecture.AssertNoDependency(
            Architecture.Data,
            "PartyReview.Data must not know the web app; these types depend on PartyReview.Web or ASP.NET Core MVC:",
            "PartyReview.Web", "Microsoft.AspNetCore.Mvc");
}
