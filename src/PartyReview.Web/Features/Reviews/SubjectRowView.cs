namespace PartyReview.Web.Features.Reviews;

/// <summary>What the partial of an organization's or a leadership's line needs.</summary>
public sealed record SubjectRowView(string Prefix, string Label, SubjectRow Row, bool UsesPointScale, bool CanEdit, bool ShowsDiscipline);

/// <summary>What the partial of one line of the Quy định 366 grid needs.</summary>
public sealed record StepRowView(
    string Prefix, string Label, SubjectRow Row, int? Number, bool CanEdit, bool ShowsDiscipline, Func<Domain.Reviews.Steps.StepValue?, string> Describe);
