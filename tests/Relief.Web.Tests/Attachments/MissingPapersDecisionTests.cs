using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Grants;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;
using Relief.Web.Tests.Meetings;

namespace Relief.Web.Tests.Attachments;

/// <summary>The committee agenda flags an application without its required papers; the chair may still decide, and the decision records what was missing.</summary>
public sealed class MissingPapersDecisionTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task The_agenda_flags_missing_papers_and_the_decision_records_them()
    {
        var grantIds = await Applications.NewAsync(factory, 2);
        var (complete, lacking) = (grantIds[0], grantIds[1]);
        var campaign = await factory.RunningCampaignAsync();
        var meetingId = await factory.QueryAsync(async db =>
        {
            var grants = await db.Grants.Where(g => grantIds.Contains(g.Id)).ToListAsync();
            var withPapers = grants.Single(g => g.Id == complete);
            foreach (var kind in new[] { AttachmentKinds.Application, AttachmentKinds.EconomicCheckAuthorization })
            {
                var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(kind * 1000 + complete)));
                db.Attachments.Add(new Attachment
                {
                    OrgUnitId = withPapers.OrgUnitId, HouseholdId = withPapers.HouseholdId, GrantId = withPapers.Id, KindId = kind,
                    DocumentDate = withPapers.AppliedOn, FileName = "paper.pdf", MediaType = "application/pdf", ContentHash = hash, SourceHash = hash, Size = 1,
                });
            }
            var company = await db.CommitteeMeetings.Where(m => m.CampaignId == campaign.Id).Select(m => m.OrgUnitId).FirstAsync();
            var meeting = new CommitteeMeeting { CampaignId = campaign.Id, OrgUnitId = company, Title = "临时救助材料审查", HeldOn = campaign.StartsOn.AddDays(7), CreatedAt = DateTime.UtcNow };
            meeting.Attendees.Add(new MeetingAttendee { Name = "陈国华", Title = "工会主席" });
            db.CommitteeMeetings.Add(meeting);
            await db.SaveChangesAsync();
            foreach (var grant in grants) grant.CommitteeMeetingId = meeting.Id;
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        var flagged = page.Text($"#grant-{lacking} .missing-papers");
        Assert.Contains("申请书", flagged, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"#grant-{complete} .missing-papers"));
        var token = page.QuerySelector("#decision-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var id in grantIds)
        {
            var g = id.ToString(CultureInfo.InvariantCulture);
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["grantId"] = g,
                ["Rows.index"] = g,
                [$"Rows[{g}].GrantId"] = g,
                [$"Rows[{g}].GrantVersion"] = page.QuerySelector($"input[name='Rows[{g}].GrantVersion']")!.GetAttribute("value")!,
                [$"Rows[{g}].Outcome"] = nameof(DecisionOutcome.Rejected),
                [$"Rows[{g}].Reason"] = "本次不予救助",
            });
            var response = await chair.PostAsync($"/Meetings/Details/{meetingId}?handler=Decide", content);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var recorded = await factory.QueryAsync(db => db.GrantDecisions.Where(d => d.CommitteeMeetingId == meetingId).ToDictionaryAsync(d => d.GrantId, d => d.MissingPapers));
        Assert.Null(recorded[complete]);
        Assert.Contains("申请书", recorded[lacking], StringComparison.Ordinal);
        Assert.Equal(flagged.Split('：')[1].Split('。')[0], recorded[lacking]);
        var decided = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        Assert.Contains($"决定时缺少材料：{recorded[lacking]}", decided.Text($"#grant-{lacking} .missing-papers"), StringComparison.Ordinal);
    }
}
