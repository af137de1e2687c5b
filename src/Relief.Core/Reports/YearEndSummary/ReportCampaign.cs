using Relief.Core.Features.Campaigns;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>A campaign the reader may print reports for.</summary>
public sealed record ReportCampaign(int Id, string Name, int Year, Season Season, CampaignStatus Status, string UnitName, DateOnly StartsOn, DateOnly EndsOn);
