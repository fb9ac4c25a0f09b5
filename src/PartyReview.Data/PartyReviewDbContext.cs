using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data.Identity;
using PartyReview.Domain.Auditing;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

namespace PartyReview.Data;

/// <summary>
/// The one database of PartyReview: the review data, the Identity stores and the Data Protection key ring (so that
/// several instances share sign-in cookies, antiforgery tokens and reset links).
/// </summary>
public class PartyReviewDbContext(DbContextOptions<PartyReviewDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Audited actions waiting for the next SaveChanges; see <see cref="Auditing.AuditTrail"/>.</summary>
    public Auditing.AuditTrail Audit { get; } = new();

    public DbSet<Committee> Committees => Set<Committee>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<ReviewPeriod> ReviewPeriods => Set<ReviewPeriod>();
    public DbSet<OrganizationReview> OrganizationReviews => Set<OrganizationReview>();
    public DbSet<LeadershipReview> LeadershipReviews => Set<LeadershipReview>();
    public DbSet<MemberReview> MemberReviews => Set<MemberReview>();

    /// <summary>Quy định 366: each subject's self-assessment, proposal and decision, kept apart.</summary>
    public DbSet<Domain.Reviews.Steps.ReviewStepEntry> ReviewSteps => Set<Domain.Reviews.Steps.ReviewStepEntry>();

    /// <summary>Quy định 366: a period's criteria frames, when staff adjusted the default.</summary>
    public DbSet<Domain.Reviews.Criteria.CriteriaFrame> CriteriaFrames => Set<Domain.Reviews.Criteria.CriteriaFrame>();
    public DbSet<MembershipEvent> MembershipEvents => Set<MembershipEvent>();
    public DbSet<AdmissionTarget> AdmissionTargets => Set<AdmissionTarget>();
    public DbSet<Commendation> Commendations => Set<Commendation>();
    public DbSet<CommendationDecision> CommendationDecisions => Set<CommendationDecision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();

    /// <summary>Uploads waiting for confirmation, readable by every instance.</summary>
    public DbSet<Uploads.PendingImport> PendingImports => Set<Uploads.PendingImport>();

    /// <summary>The Data Protection keys every instance reads (ASP.NET Core's own entity).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    /// <summary>Who sits on each TCCS's cấp ủy, in which post, for which term.</summary>
    public DbSet<LeadershipSeat> LeadershipSeats => Set<LeadershipSeat>();

    /// <summary>The restructuring moves of organizations between committees (ADR 0008).</summary>
    public DbSet<OrganizationMove> OrganizationMoves => Set<OrganizationMove>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PartyReviewDbContext).Assembly);
    }
}
