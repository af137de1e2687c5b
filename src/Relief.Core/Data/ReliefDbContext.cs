using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Data.Scope;
using Relief.Core.Data.Tallies;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Goods;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Surveys;
using Relief.Core.Features.Visits;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Reports.YearEndSummary.Photos;

namespace Relief.Core.Data;

/// <summary>
/// The app's one DbContext. It reads under the acting user's unit scope (<see cref="UnitScope"/>): every query of a
/// unit-owned entity is filtered by it, whatever the code asking. Saves pass through the interceptors of
/// <see cref="SaveInterceptors"/> (version stamp, audit, tallies; docs/architecture.md).
/// </summary>
public class ReliefDbContext(DbContextOptions<ReliefDbContext> options, ICurrentUser actor)
    : IdentityDbContext<ReliefUser>(options), IDataProtectionKeyContext
{
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Household> Households => Set<Household>();
    public DbSet<HouseholdCategoryAssignment> HouseholdCategories => Set<HouseholdCategoryAssignment>();
    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();
    public DbSet<HouseholdStatusChange> HouseholdStatusChanges => Set<HouseholdStatusChange>();
    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignStandard> CampaignStandards => Set<CampaignStandard>();
    public DbSet<CampaignQuota> CampaignQuotas => Set<CampaignQuota>();
    public DbSet<FundSource> FundSources => Set<FundSource>();

    public DbSet<Grant> Grants => Set<Grant>();
    public DbSet<GrantItem> GrantItems => Set<GrantItem>();
    public DbSet<CommitteeMeeting> CommitteeMeetings => Set<CommitteeMeeting>();
    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();
    public DbSet<GrantDecision> GrantDecisions => Set<GrantDecision>();
    public DbSet<Disbursement> Disbursements => Set<Disbursement>();
    public DbSet<BankAccount> BankAccounts => Set<BankAccount>();
    public DbSet<BankAccountChange> BankAccountChanges => Set<BankAccountChange>();
    public DbSet<PaymentBatch> PaymentBatches => Set<PaymentBatch>();
    public DbSet<PaymentBatchLine> PaymentBatchLines => Set<PaymentBatchLine>();
    public DbSet<BankFileLayout> BankFileLayouts => Set<BankFileLayout>();

    public DbSet<PublicNotice> PublicNotices => Set<PublicNotice>();
    public DbSet<NoticeItem> NoticeItems => Set<NoticeItem>();
    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitVisitor> VisitVisitors => Set<VisitVisitor>();
    public DbSet<VisitHousehold> VisitHouseholds => Set<VisitHousehold>();
    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<CampaignHotline> CampaignHotlines => Set<CampaignHotline>();
    public DbSet<HotlineCall> HotlineCalls => Set<HotlineCall>();
    public DbSet<GoodsStock> GoodsStocks => Set<GoodsStock>();
    public DbSet<GoodsReceipt> GoodsReceipts => Set<GoodsReceipt>();
    public DbSet<GoodsHandout> GoodsHandouts => Set<GoodsHandout>();

    public DbSet<SummaryNarrative> SummaryNarratives => Set<SummaryNarrative>();
    public DbSet<SummaryPhoto> SummaryPhotos => Set<SummaryPhoto>();

    public DbSet<ServiceEvent> ServiceEvents => Set<ServiceEvent>();
    public DbSet<ServiceEventHousehold> ServiceEventHouseholds => Set<ServiceEventHousehold>();
    public DbSet<HelperPairing> HelperPairings => Set<HelperPairing>();
    public DbSet<PairedHousehold> PairedHouseholds => Set<PairedHousehold>();
    public DbSet<HelpRecord> HelpRecords => Set<HelpRecord>();
    public DbSet<CampaignTally> CampaignTallies => Set<CampaignTally>();

    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentKind> AttachmentKinds => Set<AttachmentKind>();
    public DbSet<RequiredPaper> RequiredPapers => Set<RequiredPaper>();

    /// <summary>
    /// Whether saves keep the dashboard's tallies (docs/decisions/0005, <see cref="TallyInterceptor"/>), true for every
    /// request. Only a bulk loader turns it off, and it then writes <see cref="VisitHousehold.CampaignId"/> itself and
    /// calls <see cref="CampaignTallyKeeper.RebuildAsync"/> for every campaign it wrote.
    /// </summary>
    public bool KeepsTallies { get; set; } = true;

    /// <summary>Who is acting: their scope filters every query, and the audit log names them.</summary>
    public ICurrentUser Actor { get; } = actor;

    // The unit scope filter's parameters (UnitScopeFilters), read by EF from this context at every query. Exactly one of
    // ScopeAll, ScopeRoot and ScopeBranch is not null: the system, a root union's user, or a user below the root.
    internal string? ScopeAll => Actor.ScopePath == "/" ? "/" : null;
    internal string? ScopeRoot => Actor.ScopePath != "/" && UnitScope.IsWholeTreeForm(Actor.ScopePath) ? Actor.ScopePath : null;
    internal string? ScopeBranch => UnitScope.IsWholeTreeForm(Actor.ScopePath) ? null : Actor.ScopePath;
    internal string ScopePath => Actor.ScopePath;
    internal List<string> ScopeAncestors => UnitScope.AncestorPaths(Actor.ScopePath);

    /// <summary>
    /// Runs a read that does not depend on this context's other reads beside them: on a context of its own (its own
    /// connection, the same options and the same reader's scope) on the thread pool, since a provider may complete
    /// "async" calls synchronously (Microsoft.Data.Sqlite does). For a report whose independent figures take seconds
    /// each at province scale (docs/performance.md); the read sees no change this context has not saved.
    /// </summary>
    public Task<T> ReadBesideAsync<T>(Func<ReliefDbContext, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        // The reader's scope may be looked up through this context on first use: do it here, before the two overlap.
        _ = Actor.ScopePath;
        return Task.Run(async () =>
        {
            await using var beside = new ReliefDbContext(options, Actor);
            return await read(beside, ct);
        }, ct);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ReliefDbContext).Assembly);
        UnitScopeFilters.Apply(builder, this);
        // Key material and sign-in tokens never reach the audit log.
        builder.Entity<DataProtectionKey>().Property(k => k.Xml).IsSensitive();
        builder.Entity<IdentityUserToken<string>>().Property(t => t.Value).IsSensitive();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stamps are written in UTC; SQLite forgets the kind, so give it back on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
