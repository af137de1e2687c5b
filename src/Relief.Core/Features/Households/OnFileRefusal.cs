using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Households;

/// <summary>
/// One file per person: the refusal of a second one. It names the unit holding the file only where the user may know
/// it; otherwise it says the person is on file elsewhere and which unit above both to ask, and nothing of the file.
/// </summary>
public static class OnFileRefusal
{
    public static string For(IStringLocalizer<CoreMessages> messages, Disclosed holder) =>
        holder.IsNamed ? messages["Household.AlreadyOnFile", holder.Name!] : messages["Household.OnFileElsewhere", holder.AskUnitName ?? ""];
}
