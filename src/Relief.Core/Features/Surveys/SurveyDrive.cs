using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Surveys;

/// <summary>A campaign's survey drive: how many of the unit's households in hardship were surveyed in its window, and who is left.</summary>
public sealed record SurveyDrive(CampaignWindow Campaign, int Total, int Surveyed, PagedResult<HouseholdListItem> NotYetSurveyed)
{
    public int Remaining => Total - Surveyed;

    /// <summary>0–100, one decimal.</summary>
    public decimal Percentage => Total == 0 ? 0m : Math.Round(Surveyed * 100m / Total, 1);
}
