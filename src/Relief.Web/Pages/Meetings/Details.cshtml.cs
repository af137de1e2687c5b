using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Meetings;

/// <summary>
/// The decision page (集体研究): the meeting's agenda with one decision per application — approve (perhaps with a
/// changed amount) against a fund source whose balance is shown, or reject with a reason — recorded one row at a time
/// or all at once (all or nothing); the applications still waiting, to put on the agenda; and the way on to the
/// public notice of what was approved. Reading is for every role; the agenda is the officers' and chairs', the
/// decisions the chair's.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(
    CommitteeService committee,
    FundSourceService funds,
    OrgUnitService units,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<MeetingsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    public const int PendingPageSize = 50;

    public MeetingDetail Meeting { get; private set; } = null!;
    public IReadOnlyList<FundSourceLine> Funds { get; private set; } = [];
    public PagedResult<GrantListItem>? Pending { get; private set; }
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public bool MayEdit { get; private set; }
    public bool IsChair { get; private set; }

    /// <summary>Filters of the waiting applications: a unit (and the units below it) and a category.</summary>
    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public HouseholdCategory? Category { get; set; }

    /// <summary>
    /// The decision form's rows, as typed (kept when a decision is refused). Indexed by grant id (Rows.index), so a
    /// row's fields and messages keep their names whatever else changed on the agenda meanwhile.
    /// </summary>
    [BindProperty]
    public List<DecisionRow> Rows { get; set; } = [];

    /// <summary>The waiting applications ticked to put on the agenda.</summary>
    [BindProperty]
    public List<int> GrantIds { get; set; } = [];

    public bool IsHeld => Meeting.HeldOn <= DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public bool IsOpen => Meeting.CanEditAgenda || Meeting.CanDecide;

    /// <summary>Approved on this meeting and not yet on a notice: what 生成公示 would list.</summary>
    public IReadOnlyList<AgendaItem> AwaitingNotice => Meeting.Agenda.Where(a => a.Status == GrantStatus.Approved).ToList();

    public AgendaTotals Totals => AgendaTotals.Of(Meeting.Agenda);

    /// <summary>The row as typed for an application, or its defaults (the only fund preselected when there is just one).</summary>
    public DecisionRow RowFor(AgendaItem item) =>
        Rows.FirstOrDefault(r => r.GrantId == item.GrantId) is { } typed
            ? typed
            : new DecisionRow { GrantId = item.GrantId, GrantVersion = item.Version, FundSourceId = Funds.Count == 1 ? Funds[0].Id : null };

    private DecisionRowMessages RowMessages => new(ModelState, text);

    public string FundChoice(FundSourceLine fund) => text["Decision.FundOption", fund.Name, Display.Money(fund.Balance)];

    // "page" is also Razor Pages' own route value: the page number of the waiting list comes from the query string only.
    public async Task OnGetAsync(int id, [FromQuery(Name = "page")] int pageNumber, CancellationToken ct) => await LoadAsync(id, pageNumber, ct);

    /// <summary>列入议程: the ticked waiting applications go on this meeting's agenda, all or none.</summary>
    public async Task<IActionResult> OnPostAttachAsync(int id, CancellationToken ct)
    {
        if (!await MayAsync(Policies.Edit)) return await RefuseAsync(id, messages["Access.ReadOnly"], ct);
        ModelState.Clear();
        var result = await committee.AttachAsync(id, GrantIds, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Attach.Done", result.Value].Value;
            return RedirectToPage("Details", null, new { id }, "agenda");
        }
        ModelState.AddErrors(result.Validation, prefix: "");
        await LoadAsync(id, 1, ct);
        return Page();
    }

    /// <summary>移出议程: an undecided application leaves the agenda and waits again.</summary>
    public async Task<IActionResult> OnPostDetachAsync(int id, int grantId, CancellationToken ct)
    {
        if (!await MayAsync(Policies.Edit)) return await RefuseAsync(id, messages["Access.ReadOnly"], ct);
        ModelState.Clear();
        try
        {
            var result = await committee.DetachAsync(id, grantId, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Detach.Done"].Value;
                return RedirectToPage("Details", null, new { id }, "agenda");
            }
            ModelState.AddErrors(result.Validation, prefix: "");
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", messages["Record.Changed"]);
        }
        await LoadAsync(id, 1, ct);
        return Page();
    }

    /// <summary>记录此项决定: the one row whose button was pressed; the other rows stay as typed.</summary>
    public async Task<IActionResult> OnPostDecideAsync(int id, int grantId, CancellationToken ct)
    {
        if (!await MayAsync(Policies.Decide)) return await RefuseAsync(id, messages["Decision.ChairOnly"], ct);
        var row = Rows.FirstOrDefault(r => r.GrantId == grantId);
        RowMessages.KeepBindingErrors([grantId]);
        Meeting = await committee.GetAsync(id, ct);
        Funds = await funds.ListAsync(Meeting.CampaignId, ct);
        var item = Meeting.Agenda.FirstOrDefault(a => a.GrantId == grantId) ?? throw new NotFoundException();
        if (row?.Outcome is null)
        {
            RowMessages.Add(item, nameof(DecisionRow.Outcome), text["Decision.ChooseOutcome"]);
        }
        else if (ModelState.IsValid)
        {
            var result = await committee.DecideAsync(id, row.ToInput(), ct);
            if (result.Succeeded)
            {
                TempData["Status"] = RowMessages.Recorded(item, row, Funds);
                return RedirectToPage("Details", null, new { id }, $"grant-{grantId}");
            }
            foreach (var error in result.Validation.Errors) RowMessages.Add(item, error.PropertyName, error.ErrorMessage);
        }
        await LoadAsync(id, 1, ct);
        return Page();
    }

    /// <summary>全部记录: every row with an outcome chosen, in one go; one refusal refuses them all and nothing is saved.</summary>
    public async Task<IActionResult> OnPostDecideAllAsync(int id, CancellationToken ct)
    {
        if (!await MayAsync(Policies.Decide)) return await RefuseAsync(id, messages["Decision.ChairOnly"], ct);
        var chosen = Rows.Where(r => r.Outcome is not null).ToList();
        RowMessages.KeepBindingErrors(chosen.Select(r => r.GrantId).ToList());
        Meeting = await committee.GetAsync(id, ct);
        var items = Meeting.Agenda.ToDictionary(a => a.GrantId);
        if (ModelState.IsValid)
        {
            var result = await committee.DecideAllAsync(id, chosen.Select(r => r.ToInput()).ToList(), ct);
            if (result.Succeeded)
            {
                var approved = chosen.Where(r => r.Outcome == DecisionOutcome.Approved).ToList();
                var amount = approved.Sum(r => r.ApprovedAmount ?? items.GetValueOrDefault(r.GrantId)?.TotalAmount ?? 0m);
                TempData["Status"] = text["DecideAll.Done", chosen.Count, approved.Count, Display.Money(amount), chosen.Count - approved.Count].Value;
                return RedirectToPage("Details", null, new { id }, "agenda");
            }
            RowMessages.AddAll(result.Validation, chosen, items);
        }
        await LoadAsync(id, 1, ct);
        return Page();
    }

    private async Task LoadAsync(int id, int pageNumber, CancellationToken ct)
    {
        Meeting = await committee.GetAsync(id, ct);
        Funds = await funds.ListAsync(Meeting.CampaignId, ct);
        MayEdit = await MayAsync(Policies.Edit);
        IsChair = await MayAsync(Policies.Decide);
        if (!Meeting.CanEditAgenda) return;
        Units = await units.GetChoicesAsync(ct);
        if (UnitId is { } unitId && Units.All(u => u.Id != unitId)) UnitId = null;
        Pending = await committee.PendingAsync(Meeting.CampaignId, UnitId, Category, new PageRequest(pageNumber, PendingPageSize), ct);
    }

    /// <summary>
    /// A role posting to a handler it has no button for: 403, with the page and the reason in words rather than the
    /// bare error page (Razor Pages apply one policy per page; reading is open to every role, changing is not).
    /// </summary>
    private async Task<IActionResult> RefuseAsync(int id, string reason, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddModelError("", reason);
        await LoadAsync(id, 1, ct);
        var page = Page();
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }

    private async Task<bool> MayAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
