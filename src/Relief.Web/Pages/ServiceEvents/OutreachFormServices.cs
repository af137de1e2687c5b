using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Visits;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>What every outreach form page takes besides its own feature's service and validator, as one.</summary>
public sealed record OutreachFormServices(
    VisitService Visits,
    OrgUnitService Units,
    CampaignChoices Choices,
    IStringLocalizer<OutreachResource> Text,
    IStringLocalizer<CoreMessages> Messages,
    IStringLocalizer<SharedResource> Shared);
