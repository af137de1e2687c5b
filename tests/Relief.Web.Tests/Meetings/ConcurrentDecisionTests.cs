using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Meetings;

/// <summary>
/// Twenty approvals racing for one fund source through real HTTP: twenty parallel POSTs to the decision page's
/// 记录此项决定 handler, each approving its own application against a source that covers two. The source is never
/// overdrawn, exactly what it covers is approved, and every refused response says why.
/// </summary>
public sealed class ConcurrentDecisionTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private const int Approvals = 20;
    private const decimal FundAmount = 2500m;

    [Fact]
    public async Task Twenty_parallel_approvals_against_one_fund_never_overdraw_it_and_every_refusal_is_explained()
    {
        var grantIds = await Applications.NewAsync(factory, Approvals);
        var campaign = await factory.RunningCampaignAsync();
        var (meetingId, fundId) = await factory.QueryAsync(async db =>
        {
            var campaignId = campaign.Id;
            var company = await db.CommitteeMeetings.Where(m => m.CampaignId == campaignId).Select(m => m.OrgUnitId).FirstAsync();
            var fund = new FundSource { CampaignId = campaignId, Kind = FundSourceKind.Donation, Name = "临时救助专项捐赠", Donor = "爱心人士", Amount = FundAmount, ReceivedOn = campaign.StartsOn };
            // Held in the campaign's second week, after the applications and the donation, so its decisions may be recorded.
            var meeting = new CommitteeMeeting { CampaignId = campaignId, OrgUnitId = company, Title = "临时救助专题会议", HeldOn = campaign.StartsOn.AddDays(7), CreatedAt = DateTime.UtcNow };
            meeting.Attendees.Add(new MeetingAttendee { Name = "陈国华", Title = "工会主席" });
            db.FundSources.Add(fund);
            db.CommitteeMeetings.Add(meeting);
            await db.SaveChangesAsync();
            foreach (var grant in await db.Grants.Where(g => grantIds.Contains(g.Id)).ToListAsync()) grant.CommitteeMeetingId = meeting.Id;
            await db.SaveChangesAsync();
            return (meeting.Id, fund.Id);
        });
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        var token = page.QuerySelector("#decision-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var versions = grantIds.ToDictionary(id => id, id => page.QuerySelector($"input[name='Rows[{id}].GrantVersion']")!.GetAttribute("value")!);

        using var start = new ManualResetEventSlim();
        var racing = grantIds.Select(id => Task.Run(async () =>
        {
            var g = id.ToString(CultureInfo.InvariantCulture);
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["grantId"] = g,
                ["Rows.index"] = g,
                [$"Rows[{g}].GrantId"] = g,
                [$"Rows[{g}].GrantVersion"] = versions[id],
                [$"Rows[{g}].Outcome"] = nameof(DecisionOutcome.Approved),
                [$"Rows[{g}].FundSourceId"] = fundId.ToString(CultureInfo.InvariantCulture),
            });
            start.Wait();
            var response = await chair.PostAsync($"/Meetings/Details/{meetingId}?handler=Decide", content);
            return (Id: id, Response: response, Page: response.StatusCode == HttpStatusCode.OK ? await response.ReadHtmlAsync() : null);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(racing);

        // Every answer is a saved decision (redirect) or a refusal on the page: never an error.
        Assert.All(results, r => Assert.True(r.Response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{r.Id}: {(int)r.Response.StatusCode}"));
        var fund = await factory.QueryAsync(db => db.FundSources.AsNoTracking().SingleAsync(f => f.Id == fundId));
        var approved = await factory.QueryAsync(db => db.Grants.Where(g => g.FundSourceId == fundId && g.Status == GrantStatus.Approved).Select(g => g.Id).ToListAsync());
        Assert.True(fund.Committed <= fund.Amount, $"Overdrawn: {fund.Committed} of {fund.Amount}");
        Assert.Equal(approved.Count * Applications.Amount, fund.Committed);
        Assert.Equal(2, approved.Count);
        Assert.Equal(approved.Order(), results.Where(r => r.Response.StatusCode == HttpStatusCode.Redirect).Select(r => r.Id).Order());
        Assert.Equal(approved.Count, await factory.QueryAsync(db => db.GrantDecisions.CountAsync(d => d.CommitteeMeetingId == meetingId)));

        foreach (var (id, _, refusedPage) in results.Where(r => r.Page is not null))
        {
            var page2 = refusedPage!;
            var message = page2.Text(".alert-danger");
            Assert.True(message.Contains("不足以支付", StringComparison.Ordinal) || message.Contains("同时使用", StringComparison.Ordinal), $"{id}: {message}");
            // Next to its own row, and the row still waits for a decision.
            Assert.NotEmpty(page2.Text($"#grant-{id} .invalid-feedback"));
            Assert.NotNull(page2.QuerySelector($"#decide-{id}"));
        }
        Assert.Equal(Approvals - 2, await factory.QueryAsync(db => db.Grants.CountAsync(g => grantIds.Contains(g.Id) && g.Status == GrantStatus.Applied)));
    }
}
