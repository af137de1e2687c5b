using Relief.Core.Common;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Reports.YearEndSummary.Photos;

/// <summary>
/// The chooser's view: the photos chosen now (in page order) that the reader can see, a page of the others, and the
/// choice's version, which a save must name.
/// </summary>
public sealed record SummaryPhotoChoice(
    CampaignState Campaign, IReadOnlyList<SummaryPhotoCandidate> Chosen, PagedResult<SummaryPhotoCandidate> Others, string Version, bool MayChoose);
