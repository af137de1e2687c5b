using Microsoft.AspNetCore.Mvc.ModelBinding;
using Relief.Core.Features.Households;

namespace Relief.Web.Pages.Households;

/// <summary>
/// The family-member rows of the create and edit forms, which work without JavaScript: blank rows are offered
/// for new members and dropped before saving; "add" and "remove" are ordinary submit buttons.
/// </summary>
public static class HouseholdForm
{
    public static bool IsBlank(FamilyMemberInput member) =>
        member.Id is null && string.IsNullOrWhiteSpace(member.Name) && string.IsNullOrWhiteSpace(member.Relation)
        && member.BirthYear is null && string.IsNullOrWhiteSpace(member.Occupation) && string.IsNullOrWhiteSpace(member.Health);

    public static void DropBlankMembers(HouseholdInput input) => input.Members.RemoveAll(IsBlank);

    /// <summary>Leaves one blank row after the filled ones (two on an empty form) for the next member.</summary>
    public static void OfferBlankRow(HouseholdInput input)
    {
        DropBlankMembers(input);
        var wanted = input.Members.Count == 0 ? 2 : 1;
        for (var i = 0; i < wanted && input.Members.Count < HouseholdInputValidator.MaxFamilySize; i++) input.Members.Add(new FamilyMemberInput());
    }

    public static void AddRow(HouseholdInput input)
    {
        if (input.Members.Count < HouseholdInputValidator.MaxFamilySize) input.Members.Add(new FamilyMemberInput());
    }

    public static void RemoveRow(HouseholdInput input, int index)
    {
        if (index >= 0 && index < input.Members.Count) input.Members.RemoveAt(index);
        if (input.Members.Count == 0) input.Members.Add(new FamilyMemberInput());
    }

    /// <summary>
    /// The services' FluentValidation is the only validation (MVC's implicit [Required] is switched off in Hosting), so
    /// every error present before the service runs is a value the binder could not read (letters in a number field,
    /// an emptied number); it gets one plain message in the user's language.
    /// </summary>
    public static bool HasBindingErrors(ModelStateDictionary modelState, string message)
    {
        var failed = modelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        foreach (var key in failed)
        {
            modelState[key]!.Errors.Clear();
            modelState.AddModelError(key, message);
        }
        return failed.Count > 0;
    }
}
