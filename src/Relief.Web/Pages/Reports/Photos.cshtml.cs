using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Reports.YearEndSummary.Photos;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Reports;

/// <summary>
/// 走访剪影: the Chair of the organizing unit picks up to six of the campaign's visit photos for the year-end summary,
/// orders them and writes their captions. The whole choice is saved at once; a choice someone changed since this page
/// was opened is not overwritten: the page shows the new choice and says so.
/// </summary>
[Authorize(Policy = Policies.Decide)]
public sealed class PhotosModel(SummaryPhotoService photos, IStringLocalizer<SharedResource> shared) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public int CampaignId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public List<PhotoRow> Rows { get; set; } = [];

    [BindProperty]
    public string BasedOn { get; set; } = "";

    public SummaryPhotoChoice Choice { get; private set; } = null!;

    /// <summary>The rows as shown: the chosen photos in page order, then this page of the others.</summary>
    public IReadOnlyList<SummaryPhotoCandidate> Shown { get; private set; } = [];

    /// <summary>Messages for a row (by its photo's id), from the service's checks of the line it became.</summary>
    public Dictionary<int, List<string>> RowErrors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!Choice.MayChoose) return NotFound();
        Rows = Shown.Select(c => new PhotoRow
        {
            AttachmentId = c.AttachmentId, Chosen = c.Position is not null, Position = c.Position, Caption = c.SuggestedCaption(date => Display.Date(date)),
        }).ToList();
        BasedOn = Choice.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Chosen rows in the order their numbers give; a row without a number keeps its place after the numbered ones.
        var chosen = Rows.Select((row, index) => (row, index)).Where(x => x.row.Chosen)
            .OrderBy(x => x.row.Position ?? int.MaxValue).ThenBy(x => x.index).ToList();
        var input = new SummaryPhotosInput
        {
            Photos = chosen.Select(x => new SummaryPhotoLine(x.row.AttachmentId, x.row.Caption)).ToList(),
            BasedOn = BasedOn,
        };
        try
        {
            var result = await photos.SaveAsync(CampaignId, input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = shared["SummaryPhotos.Saved", result.Value].Value;
                return RedirectToPage(new { CampaignId });
            }
            foreach (var error in result.Validation.Errors)
            {
                if (LineOf(error.PropertyName) is { } i && i < chosen.Count)
                {
                    var id = chosen[i].row.AttachmentId;
                    (RowErrors.TryGetValue(id, out var list) ? list : RowErrors[id] = []).Add(error.ErrorMessage);
                }
                else ModelState.AddModelError("", error.ErrorMessage);
            }
        }
        catch (ConcurrencyConflictException)
        {
            // Someone saved a choice after this page was opened: show theirs, never put this one over it unseen.
            ModelState.Clear();
            ModelState.AddModelError("", shared["SummaryPhotos.Conflict"]);
            return await OnGetAsync(ct);
        }
        await LoadAsync(ct);
        // The rows as posted stay on the page, with their errors, over the photos that are still there to choose.
        var posted = Rows.GroupBy(r => r.AttachmentId).ToDictionary(g => g.Key, g => g.First());
        Shown = posted.Keys.Select(id => Shown.FirstOrDefault(s => s.AttachmentId == id)).OfType<SummaryPhotoCandidate>().ToList();
        Rows = Shown.Select(s => posted[s.AttachmentId]).ToList();
        foreach (var message in RowErrors.Where(e => Shown.All(s => s.AttachmentId != e.Key)).SelectMany(e => e.Value))
            ModelState.AddModelError("", message);
        if (RowErrors.Keys.Any(id => Shown.Any(s => s.AttachmentId == id))) ModelState.AddModelError("", shared["SummaryPhotos.SeeRows"]);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await photos.GetAsync(CampaignId, new PageRequest(PageNumber, PageSize), ct);
        Choice = all;
        Shown = [.. all.Chosen, .. all.Others.Items];
    }

    /// <summary>The line index in "Photos[3].Caption" or "Photos[3]", or null for an error about the whole choice.</summary>
    private static int? LineOf(string property)
    {
        const string prefix = "Photos[";
        if (!property.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var end = property.IndexOf(']', StringComparison.Ordinal);
        return end > prefix.Length && int.TryParse(property.AsSpan(prefix.Length, end - prefix.Length), out var i) ? i : null;
    }

    public sealed class PhotoRow
    {
        public int AttachmentId { get; set; }
        public bool Chosen { get; set; }
        public int? Position { get; set; }
        public string? Caption { get; set; }
    }
}
