using Relief.Core.Features.BankPayments;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>One app for the whole matrix, one signed-in browser per role, and the demo ids the URLs need.</summary>
public sealed class AccessMatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public ReliefWebFactory Factory { get; } = new();
    public IReadOnlyDictionary<string, string> Tokens { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        _clients["Anonymous"] = Factory.CreateBrowser();
        _clients["Administrator"] = await Factory.SignedInAsync(DemoUsers.Administrator);
        _clients["Officer"] = await Factory.SignedInAsync(DemoUsers.Officer);
        _clients["Chair"] = await Factory.SignedInAsync(DemoUsers.Chair);
        _clients["Auditor"] = await Factory.SignedInAsync(DemoUsers.Auditor);

        var running = await Factory.RunningCampaignAsync();
        await using var scope = Factory.Services.CreateSystemScope("test set-up");
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var officer = await db.Users.SingleAsync(u => u.UserName == DemoUsers.Officer);
        // A file and a survey of the officer's own branch, so every role has them in scope.
        var household = await db.Households.Where(h => h.OrgUnitId == officer.OrgUnitId).OrderBy(h => h.Id).Select(h => h.Id).FirstAsync();
        var survey = await db.Surveys.Where(s => s.OrgUnitId == officer.OrgUnitId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var campaign = running.Id;
        // A visit and a concern of the officer's branch (both in every role's scope).
        var visit = await db.Visits.Where(v => v.OrgUnitId == officer.OrgUnitId).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        var concern = await db.Concerns.Where(c => c.OrgUnitId == officer.OrgUnitId).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        // A service event and a pairing of the officer's branch in this season (every role has them in scope; help can still be recorded).
        var serviceEvent = await db.ServiceEvents.Where(e => e.OrgUnitId == officer.OrgUnitId && e.CampaignId == campaign).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var pairing = await db.HelperPairings.Where(p => p.OrgUnitId == officer.OrgUnitId && p.Year == running.Year).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        // A hotline call from a household of the officer's branch, not yet converted, and the goods the branch holds.
        var call = await db.HotlineCalls.Where(c => c.OrgUnitId == officer.OrgUnitId && c.HouseholdId != null && c.ConcernId == null && c.GrantId == null)
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var stock = await db.GoodsStocks.Where(s => s.OrgUnitId == officer.OrgUnitId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        // A notice of the officer's branch with an open objection (every role has it in scope), posted beside the demo's
        // posted company notice (outside the officer's), and objected to the day after.
        var postedOn = await db.PublicNotices.Where(n => n.CampaignId == campaign && n.Status == NoticeStatus.Posted).OrderBy(n => n.Id).Select(n => n.PostedOn).FirstAsync();
        var branchNotice = new PublicNotice
        {
            CampaignId = campaign, OrgUnitId = officer.OrgUnitId, Title = "分工会公示（访问矩阵）", PostedOn = postedOn,
            EndsOn = Factory.NoticeEndsOn(postedOn), Status = NoticeStatus.Posted, MaskNames = true, CreatedAt = DateTime.UtcNow,
        };
        branchNotice.Objections.Add(new Objection { ReceivedOn = postedOn.AddDays(1), Content = "访问矩阵用异议", Outcome = ObjectionOutcome.Open });
        db.PublicNotices.Add(branchNotice);
        await db.SaveChangesAsync();
        // A grant and an undecided application of the officer's branch (in every role's scope).
        var grant = await db.Grants.Where(g => g.OrgUnitId == officer.OrgUnitId && g.CampaignId == campaign && g.Status == GrantStatus.Disbursed)
            .OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        var pendingGrant = await db.Grants.Where(g => g.OrgUnitId == officer.OrgUnitId && g.CampaignId == campaign && g.Status == GrantStatus.Applied)
            .OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        // A committee meeting of the officer's branch (every role has it in scope), already held (the week before the notice).
        var branchMeeting = new CommitteeMeeting
        {
            CampaignId = campaign, OrgUnitId = officer.OrgUnitId, Title = "分工会委员会会议（访问矩阵）", HeldOn = postedOn.AddDays(-8), CreatedAt = DateTime.UtcNow,
        };
        branchMeeting.Attendees.Add(new MeetingAttendee { Name = "分工会主席", Title = "分工会主席" });
        db.CommitteeMeetings.Add(branchMeeting);
        await db.SaveChangesAsync();
        // A sent bank payment batch of the officer's branch, its one line paid (every role has it in scope).
        var protector = scope.ServiceProvider.GetRequiredService<BankAccountProtector>();
        var paidGrant = await db.Grants.Where(g => g.Id == grant).Select(g => new { g.HouseholdId, g.TotalAmount }).SingleAsync();
        var batch = new PaymentBatch
        {
            CampaignId = campaign, OrgUnitId = officer.OrgUnitId, Status = PaymentBatchStatus.Sent, LineCount = 1, Total = paidGrant.TotalAmount,
            CreatedAt = DateTime.UtcNow, CreatedBy = DemoUsers.Officer, ApprovedAt = DateTime.UtcNow, ApprovedBy = DemoUsers.Chair, SentAt = DateTime.UtcNow, SentBy = DemoUsers.Officer,
        };
        batch.Lines.Add(new PaymentBatchLine
        {
            Sequence = 1, GrantId = grant, HouseholdId = paidGrant.HouseholdId, HolderName = "访问矩阵", BankName = "中国工商银行",
            AccountCipher = protector.Protect("6222021234567890"), AccountHash = protector.Hash("6222021234567890"), AccountMasked = "6222 **** **** 7890",
            Amount = paidGrant.TotalAmount, Outcome = PaymentLineOutcome.Paid, BankDate = postedOn, BankReference = "BK-MATRIX",
        });
        db.PaymentBatches.Add(batch);
        await db.SaveChangesAsync();
        var companyNotice = await db.PublicNotices.Where(n => n.OrgUnitId != officer.OrgUnitId).OrderBy(n => n.Id).Select(n => new { n.Id, n.OrgUnitId }).FirstAsync();
        // A file of another branch: outside the officer's scope, inside the chair's.
        var branchPath = await db.OrgUnits.Where(u => u.Id == officer.OrgUnitId).Select(u => u.Path).SingleAsync();
        var companyHousehold = await db.Households.Where(h => !h.OrgUnit!.Path.StartsWith(branchPath)).OrderBy(h => h.Id).Select(h => h.Id).FirstAsync();
        Tokens = new Dictionary<string, string>
        {
            ["{notice}"] = branchNotice.Id.ToString(CultureInfo.InvariantCulture),
            ["{objection}"] = branchNotice.Objections[0].Id.ToString(CultureInfo.InvariantCulture),
            ["{companyNotice}"] = companyNotice.Id.ToString(CultureInfo.InvariantCulture),
            ["{companyUnit}"] = companyNotice.OrgUnitId.ToString(CultureInfo.InvariantCulture),
            ["{companyHousehold}"] = companyHousehold.ToString(CultureInfo.InvariantCulture),
            ["{visit}"] = visit.ToString(CultureInfo.InvariantCulture),
            ["{concern}"] = concern.ToString(CultureInfo.InvariantCulture),
            ["{serviceEvent}"] = serviceEvent.ToString(CultureInfo.InvariantCulture),
            ["{pairing}"] = pairing.ToString(CultureInfo.InvariantCulture),
            ["{call}"] = call.ToString(CultureInfo.InvariantCulture),
            ["{stock}"] = stock.ToString(CultureInfo.InvariantCulture),
            ["{branchUnit}"] = officer.OrgUnitId.ToString(CultureInfo.InvariantCulture),
            ["{officerUser}"] = officer.Id,
            ["{household}"] = household.ToString(CultureInfo.InvariantCulture),
            ["{survey}"] = survey.ToString(CultureInfo.InvariantCulture),
            ["{campaign}"] = campaign.ToString(CultureInfo.InvariantCulture),
            ["{grant}"] = grant.ToString(CultureInfo.InvariantCulture),
            ["{pendingGrant}"] = pendingGrant.ToString(CultureInfo.InvariantCulture),
            ["{meeting}"] = branchMeeting.Id.ToString(CultureInfo.InvariantCulture),
            ["{batch}"] = batch.Id.ToString(CultureInfo.InvariantCulture),
        };
    }

    public HttpClient ClientFor(string role) => _clients[role];

    /// <summary>The antiforgery token of the role's own session: the layout's sign-out form carries one, the sign-in form an anonymous one.</summary>
    public async Task<string> TokenForAsync(string role)
    {
        var page = await ClientFor(role).GetHtmlAsync(role == "Anonymous" ? "/Account/SignIn" : "/");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
    }

    public string Resolve(string url) => Tokens.Aggregate(url, (current, token) => current.Replace(token.Key, token.Value, StringComparison.Ordinal));

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
