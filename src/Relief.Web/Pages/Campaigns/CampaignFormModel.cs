using Microsoft.AspNetCore.Mvc.ModelBinding;
using Relief.Core.Features.Campaigns;

namespace Relief.Web.Pages.Campaigns;

/// <summary>
/// What the campaign form partial needs: the input, the unit choices, and the page it posts to (Create, or Edit with an
/// id). The standards and quotas rows are added and removed by ordinary submit buttons, so the form works without
/// JavaScript; each row present is meant, and an empty amount reads as 0 so the validator can say what is wrong.
/// </summary>
public sealed record CampaignFormModel(CampaignInput Input, IReadOnlyList<(int Id, string Name, int Depth)> Units, string Page, int? CampaignId)
{
    public const int MaxRows = 100;

    public static void AddStandard(CampaignInput input)
    {
        if (input.Standards.Count < MaxRows) input.Standards.Add(new CampaignStandardInput());
    }

    public static void AddQuota(CampaignInput input)
    {
        if (input.Quotas.Count < MaxRows) input.Quotas.Add(new CampaignQuotaInput());
    }

    public static void RemoveAt<T>(List<T> rows, int index)
    {
        if (index >= 0 && index < rows.Count) rows.RemoveAt(index);
    }

    /// <summary>A number field left empty in a row is 0 (the validator then names the field); anything else unreadable stays an error.</summary>
    public static void ForgiveEmptyNumbers(ModelStateDictionary modelState)
    {
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count > 0 && string.IsNullOrWhiteSpace(entry.AttemptedValue)
                && (key.EndsWith(".Amount", StringComparison.Ordinal) || key.EndsWith(".Households", StringComparison.Ordinal)))
            {
                entry.Errors.Clear();
                entry.ValidationState = ModelValidationState.Valid;
            }
        }
    }
}
