using Relief.Core.Features.Grants;

namespace Relief.Web.Pages.Grants;

/// <summary>What the application form partial needs: the input, its context, and the page (Apply, or Edit with an id) it posts to.</summary>
public sealed record ApplicationFormModel(GrantInput Input, ApplicationContext Context, string Page, int? GrantId, string SubmitLabel)
{
    /// <summary>The standards as the script reads them: "Category|Kind" → amount.</summary>
    public string StandardsData => string.Join(";", Context.Standards.Select(s =>
        $"{s.Category}|{s.Kind}|{s.Amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"));
}
