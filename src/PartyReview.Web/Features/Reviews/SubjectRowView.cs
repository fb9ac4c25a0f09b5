namespace PartyReview.Web.Features.Reviews;

/// <summary>What the partial of an organization's or a leadership's line needs.</summary>
public sealed record SubjectRowView(string Prefix, string Label, SubjectRow Row, bool UsesPointScale, bool CanEdit, bool ShowsDiscipline);
