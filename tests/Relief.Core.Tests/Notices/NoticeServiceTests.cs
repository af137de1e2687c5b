using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Core.Tests.Grants;

namespace Relief.Core.Tests.Notices;

public sealed class NoticeServiceTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public void A_notice_row_carries_name_unit_category_kind_and_amount_and_nothing_else() =>
        Assert.Equal(new[] { "Amount", "Category", "GrantId", "Kind", "Name", "UnitName" }.Order(StringComparer.Ordinal), typeof(NoticeRow).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));

    [Fact]
    public async Task A_notice_lists_the_approved_grants_of_the_unit_masked_and_ends_after_five_working_days()
    {
        await _world.ApprovedGrantAsync("张三明", 2000m);
        await _world.ApprovedGrantAsync("欧阳小明", 1500m);
        await _world.ApplyAsync("王五", 2000m);
        _world.ActAs(_world.CompanyOfficer);
        // A Monday after the set-up's meeting, whose five working days have ended by now.
        var afterMeeting = WorkflowDatabase.MeetingsOn.AddDays(1);
        var monday = afterMeeting.AddDays(((int)DayOfWeek.Monday - (int)afterMeeting.DayOfWeek + 7) % 7);

        var preview = (await _world.Service<NoticeService, ServiceResult<NoticePreview>>(s => s.PreviewAsync(_world.Notice(monday)))).Succeeded();
        Assert.Equal(WorkingDays.EndOfPeriod(monday, new NoticeOptions()), preview.EndsOn);
        Assert.Equal(new[] { "张*明", "欧阳*明" }.Order(StringComparer.Ordinal), preview.Rows.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3500m, preview.Total);

        var unmasked = (await _world.Service<NoticeService, ServiceResult<NoticePreview>>(s => s.PreviewAsync(_world.Notice(monday) with { MaskNames = false }))).Succeeded();
        Assert.Contains(unmasked.Rows, r => r.Name == "张三明");

        var noticeId = await _world.PostNoticeAsync(monday);
        var notice = await _world.Service<NoticeService, NoticeView>(s => s.GetAsync(noticeId));
        Assert.Equal(WorkingDays.EndOfPeriod(monday, new NoticeOptions()), notice.EndsOn);
        Assert.All(notice.Rows, r => Assert.Equal("甲分工会", r.UnitName));
        Assert.True(notice.HasEnded);
        Assert.True(notice.CanClose);

        // Posted once: the grants are on notice now, so a second notice finds nothing to post.
        (await _world.Service<NoticeService, ServiceResult<int>>(s => s.PostAsync(_world.Notice(monday)))).Refused("没有已批准");
        var list = await _world.Service<NoticeService, IReadOnlyList<NoticeListItem>>(s => s.ListAsync(_world.CampaignId));
        Assert.Equal(3500m, Assert.Single(list).Total);
    }

    [Fact]
    public async Task A_notice_goes_up_today_hangs_its_working_days_and_an_earlier_one_is_a_chairs_late_entry_with_its_reason()
    {
        await _world.ApprovedGrantAsync("张三明", 2000m);
        var today = WorkflowDatabase.Today;
        Task<ServiceResult<int>> PostAsync(NoticeInput input) => _world.Service<NoticeService, ServiceResult<int>>(s => s.PostAsync(input));
        _world.ActAs(_world.CompanyOfficer);

        (await PostAsync(_world.Notice(today) with { EndsOn = today.AddDays(-1) })).Refused("公示截止日期不能早于公示日期。");
        (await PostAsync(_world.Notice(today) with { EndsOn = today })).Refused("公示期至少 5 个工作日");
        (await PostAsync(_world.Notice(today.AddMonths(1)))).Refused("不能晚于今天");
        (await PostAsync(_world.Notice(today.AddDays(-3)) with { EnteredLateReason = null })).Refused("须由工会主席填写补录原因");
        (await PostAsync(_world.Notice(today.AddDays(-3)))).Refused("须由工会主席办理");
        Assert.Equal(GrantStatus.Approved, await _world.WithDbAsync(db => db.Grants.Select(g => g.Status).SingleAsync()));

        _world.ActAs(_world.Chair);
        var noticeId = (await PostAsync(_world.Notice(today.AddDays(-3)))).Succeeded();
        var notice = await _world.Service<NoticeService, NoticeView>(s => s.GetAsync(noticeId));
        Assert.Equal("纸质公示已张贴，事后补录", notice.EnteredLateReason);
        Assert.Equal(WorkingDays.EndOfPeriod(today.AddDays(-3), new NoticeOptions()), notice.EndsOn);
        var audited = await _world.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(PublicNotice)).Select(a => a.NewValues).SingleAsync());
        Assert.Contains("纸质公示已张贴，事后补录", audited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_by_meeting_lists_only_that_meetings_approvals()
    {
        await _world.ApprovedGrantAsync("张三明", 2000m);
        var grant = await _world.ApplyAsync("王五", 2000m);
        var meeting = await _world.MeetingAsync();
        await _world.AttachAsync(meeting, grant);
        await _world.ApproveAsync(meeting, grant, _world.OwnFundsId);

        _world.ActAs(_world.CompanyOfficer);
        var preview = (await _world.Service<NoticeService, ServiceResult<NoticePreview>>(s => s.PreviewAsync(_world.Notice(WorkflowDatabase.Today, meeting)))).Succeeded();
        Assert.Equal(grant, Assert.Single(preview.Rows).GrantId);
        Assert.Equal(GrantKind.HardshipSubsidy, preview.Rows[0].Kind);
    }
}
