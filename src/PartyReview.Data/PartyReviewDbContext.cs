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

/// <summary>The one database of PartyReview: the review data and the Identity stores.</summary>
public class PartyReviewDbContext(DbContextOptions<PartyReviewDbContext> options) : IdentityDbContext<AppUser>(options)
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

    /// <summary>Who sits on each TCCS's cấp ủy, in which post, for which term.</summary>
    public DbSet<LeadershipSeat> LeadershipSeats => Set<LeadershipSeat>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PartyReviewDbContext).Assembly);
    }
}
