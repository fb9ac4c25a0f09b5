using System.Globalization;
using System.Resources;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// The keys of the import's messages (refusals of a file, row outcomes, stages), resolved with
/// <c>IStringLocalizer&lt;ImportMessages&gt;</c> from Resources/Features/Import/ImportMessages(.en).resx.
/// </summary>
public sealed class ImportMessages
{
    private static readonly ResourceManager Resources = new("PartyReview.Web.Resources.Features.Import.ImportMessages", typeof(ImportMessages).Assembly);
    private static readonly ResourceManager RuleResources = new("PartyReview.Web.Resources.Features.Reviews.ReviewsMessages", typeof(ImportMessages).Assembly);
    private static readonly CultureInfo VietnameseCulture = CultureInfo.GetCultureInfo("vi-VN");

    private ImportMessages()
    {
    }

    /// <summary>A message's Vietnamese text (the default resources): for the log, the audit summary and the tests.</summary>
    public static string Vietnamese(string key, params object?[] arguments)
    {
        var format = Resources.GetString(key, CultureInfo.InvariantCulture) ?? key;
        return arguments.Length == 0 ? format : string.Format(VietnameseCulture, format, arguments);
    }

    /// <summary>
    /// A finding of the review rules in the user's language, from the Reviews resources (the grid's very text); the
    /// Vietnamese record text when the resources lack it.
    /// </summary>
    public static string Rule(string key, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var format = RuleResources.GetString(key, CultureInfo.CurrentUICulture);
        return format is null
            ? Domain.Reviews.Rules.RuleTexts.InVietnamese(key, arguments)
            : string.Format(CultureInfo.CurrentCulture, format, [.. arguments]);
    }

    public const string CellTooLong = "Cell.TooLong";
    public const string CellEmpty = "Cell.Empty";
    public const string CellBadDate = "Cell.BadDate";
    public const string CellNotInteger = "Cell.NotInteger";
    public const string UnreadableNumber = "Cell.Unreadable.Number";
    public const string UnreadableFlag = "Cell.Unreadable.Flag";
    public const string UnreadableOrganizationKind = "Cell.Unreadable.OrganizationKind";
    public const string UnreadableRuleSet = "Cell.Unreadable.RuleSet";
    public const string UnreadablePeriodStatus = "Cell.Unreadable.PeriodStatus";
    public const string UnreadableGender = "Cell.Unreadable.Gender";
    public const string UnreadableEventKind = "Cell.Unreadable.EventKind";
    public const string UnreadableSubject = "Cell.Unreadable.Subject";
    public const string UnreadableLevel = "Cell.Unreadable.Level";
    public const string UnreadableReason = "Cell.Unreadable.Reason";
    public const string UnreadableDiscipline = "Cell.Unreadable.Discipline";
    public const string AmbiguousSpelling = "Cell.Ambiguous";
    public const string PreviewSpellings = "Preview.Spellings";
    public const string PreviewSpellingsHelp = "Preview.SpellingsHelp";
    public const string PreviewSpellingLine = "Preview.SpellingLine";
    public const string UnknownOrganization = "Cell.UnknownOrganization";
    public const string CellInWorkbook = "Cell.InWorkbook";
    public const string CellInCsv = "Cell.InCsv";
    public const string OrganizationDissolvedBeforeFounded = "Organization.DissolvedBeforeFounded";
    public const string OrganizationDuplicateCode = "Organization.DuplicateCode";
    public const string OrganizationParentMissing = "Organization.ParentMissing";
    public const string OrganizationParentInvalid = "Organization.ParentInvalid";
    public const string OrganizationHasChildren = "Organization.HasChildren";
    public const string PeriodReviewDateOutsideYear = "Period.ReviewDateOutsideYear";
    public const string PeriodDuplicateYear = "Period.DuplicateYear";
    public const string PeriodLocked = "Period.Locked";
    public const string MemberTooYoung = "Member.TooYoung";
    public const string MemberOfficialTooSoon = "Member.OfficialTooSoon";
    public const string MemberDuplicate = "Member.Duplicate";
    public const string MemberCardTaken = "Member.CardTaken";
    public const string MemberCodeTaken = "Member.CodeTaken";
    public const string MemberNeedsOrganization = "Member.NeedsOrganization";
    public const string MemberNeedsAdmittedOn = "Member.NeedsAdmittedOn";
    public const string MemberCardWhileProbationary = "Member.CardWhileProbationary";
    public const string MemberTransferNeedsAdmittedOn = "Member.TransferNeedsAdmittedOn";
    public const string MemberLedgerInvalid = "Member.LedgerInvalid";
    public const string MemberAdmittedDiffers = "Member.AdmittedDiffers";
    public const string MemberOfficialDiffers = "Member.OfficialDiffers";
    public const string MemberOfficialDiffersNotOfficial = "Member.OfficialDiffers.NotOfficial";
    public const string MemberCardDiffers = "Member.CardDiffers";
    public const string MemberCardDiffersNoCard = "Member.CardDiffers.NoCard";
    public const string MemberOrganizationDiffers = "Member.OrganizationDiffers";
    public const string MemberOrganizationDiffersLeft = "Member.OrganizationDiffers.Left";
    public const string EventUnknownMember = "Event.UnknownMember";
    public const string EventMemberInvalid = "Event.MemberInvalid";
    public const string EventInFuture = "Event.InFuture";
    public const string EventCounterpartNotTransfer = "Event.CounterpartNotTransfer";
    public const string EventCounterpartSame = "Event.CounterpartSame";
    public const string EventCardNotIssue = "Event.CardNotIssue";
    public const string EventDuplicate = "Event.Duplicate";
    public const string EventLocked = "Event.Locked";
    public const string ReviewNoPeriod = "Review.NoPeriod";
    public const string ReviewScoreOutOfRange = "Review.ScoreOutOfRange";
    public const string ReviewLevelAndReason = "Review.LevelAndReason";
    public const string ReviewScoreAndReason = "Review.ScoreAndReason";
    public const string ReviewLevelNeeded = "Review.LevelNeeded";
    public const string ReviewUnknownMember = "Review.UnknownMember";
    public const string ReviewMemberInvalid = "Review.MemberInvalid";
    public const string ReviewMemberCodeNotMember = "Review.MemberCodeNotMember";
    public const string ReviewJustificationNotOrganization = "Review.JustificationNotOrganization";
    public const string ReviewOrganizationNoDiscipline = "Review.OrganizationNoDiscipline";
    public const string ReviewMemberOnlyFlags = "Review.MemberOnlyFlags";
    public const string ReviewNoExecutiveCommittee = "Review.NoExecutiveCommittee";
    public const string ReviewMemberNowhere = "Review.MemberNowhere";
    public const string ReviewDuplicate = "Review.Duplicate";
    public const string ReviewLockedChange = "Review.LockedChange";
    public const string ReviewLockedAdd = "Review.LockedAdd";
    public const string UnreadableStep = "Cell.Unreadable.Step";
    public const string UnreadableMemberType = "Cell.Unreadable.MemberType";
    public const string ReviewStepNotUsed = "Review.StepNotUsed";
    public const string ReviewOnly366 = "Review.Only366";
    public const string ReviewMemberTypeNotMember = "Review.MemberTypeNotMember";
    public const string ReviewPointsAndReason = "Review.PointsAndReason";
    public const string ReviewStepFieldsDiffer = "Review.StepFieldsDiffer";
    public const string TargetDuplicate = "Target.Duplicate";
    public const string FileNoCommittee = "File.NoCommittee";
    public const string FileTooLarge = "File.TooLarge";
    public const string FileTooManyRows = "File.TooManyRows";
    public const string FileEmpty = "File.Empty";
    public const string FileHeadersOnly = "File.HeadersOnly";
    public const string FileNotHeaderRowInSheet = "File.NotHeaderRow.Sheet";
    public const string FileNotHeaderRowInCsv = "File.NotHeaderRow.Csv";
    public const string FileWrongHeadersInSheet = "File.WrongHeaders.Sheet";
    public const string FileWrongHeadersInCsv = "File.WrongHeaders.Csv";
    public const string FilePasswordProtected = "File.PasswordProtected";
    public const string FileNotWorkbook = "File.NotWorkbook";
    public const string FileCsvIsWorkbook = "File.CsvIsWorkbook";
    public const string FileWrongType = "File.WrongType";
    public const string FileWorkbookBroken = "File.WorkbookBroken";
    public const string FileNoSheets = "File.NoSheets";
    public const string FileCellFormula = "File.CellFormula";
    public const string FileCellTooLong = "File.CellTooLong";
    public const string FileUnzippedTooLarge = "File.UnzippedTooLarge";
    public const string FileTooMuchText = "File.TooMuchText";
    public const string FileBrokenStringReference = "File.BrokenStringReference";
    public const string FileNotText = "File.NotText";
    public const string FileCsvCellTooLong = "File.CsvCellTooLong";
    public const string FileCsvFormula = "File.CsvFormula";
    public const string FileNotUtf8 = "File.NotUtf8";
    public const string UploadNoFile = "Upload.NoFile";
    public const string UploadFailed = "Upload.Failed";
    public const string UploadGone = "Upload.Gone";
    public const string UploadAlreadyConfirmed = "Upload.AlreadyConfirmed";
    public const string FileUnzippedOverLimit = "File.UnzippedOverLimit";
    public const string FileTooManyParts = "File.TooManyParts";
    public const string FileCellReferenceInvalid = "File.CellReferenceInvalid";
    public const string StatusNew = "Status.New";
    public const string StatusUpdated = "Status.Updated";
    public const string StatusError = "Status.Error";
    public const string StatusUnchanged = "Status.Unchanged";
    public const string StageReading = "Stage.Reading";
    public const string StageOrganizations = "Stage.Organizations";
    public const string StagePeriods = "Stage.Periods";
    public const string StageMembers = "Stage.Members";
    public const string StageLedgers = "Stage.Ledgers";
    public const string StageReviews = "Stage.Reviews";
    public const string StageWriting = "Stage.Writing";
    public const string StageDone = "Stage.Done";
}
