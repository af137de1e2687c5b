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
}
