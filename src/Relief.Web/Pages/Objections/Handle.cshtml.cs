using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Notices;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Objections;

/// <summary>
/// 异议处理 (the chair's): dismissed, the grant stands; upheld, the grant is rejected or its amount changed, which sends
/// it back to a committee decision and a new notice.
/// </summary>
[Authorize(Policy = Policies.Decide)]
public sealed class HandleModel(
    NoticeService notices, ObjectionService objections, ReliefDbContext db, IStringLocalizer<NoticesResource> text) : PageModel
{
    [BindProperty]
    public ObjectionHandlingInput Input { get; set; } = new();

    public NoticeView Notice { get; private set; } = null!;
    public ObjectionView Objection { get; private set; } = null!;
    public NoticeRow? Row { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = new ObjectionHandlingInput { Version = Objection.Version };
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await objections.HandleAsync(id, Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Objection.Handled"].Value;
                var noticeId = await NoticeIdAsync(id, ct);
                return RedirectToPage("/Notices/Details", null, new { id = noticeId }, "objections");
            }
            ModelState.AddErrors(result.Validation);
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Notice = await notices.GetAsync(await NoticeIdAsync(id, ct), ct);
        Objection = Notice.Objections.First(o => o.Id == id);
        Row = Notice.Rows.FirstOrDefault(r => r.GrantId == Objection.GrantId);
    }

    private async Task<int> NoticeIdAsync(int objectionId, CancellationToken ct)
    {
        var notices = db.PublicNotices.AsNoTracking();
        return await db.Objections.AsNoTracking().Where(o => o.Id == objectionId && notices.Any(n => n.Id == o.PublicNoticeId))
            .Select(o => (int?)o.PublicNoticeId).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
    }
}
