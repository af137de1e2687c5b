namespace Relief.Core.Features.Households;

/// <summary>Copies form or import input onto the entity; one place, so a new file looks the same however it came in.</summary>
public static class HouseholdMapping
{
    /// <param name="cipher">The ID number already encrypted (a bulk import encrypts in parallel first); null to encrypt here.</param>
    public static Household NewHousehold(HouseholdInput input, string idNumber, IdNumberProtector protector, FileStamp stamp, string? cipher = null)
    {
        var household = new Household
        {
            Name = "",
            IdNumberCipher = "",
            IdNumberHash = "",
            IdNumberMasked = "",
            Status = HouseholdStatus.Active,
            StatusSince = stamp.Today,
            CreatedAt = stamp.Now,
            UpdatedAt = stamp.Now,
        };
        SetIdNumber(household, idNumber, protector, cipher);
        CopyDetails(household, input);
        SyncCategories(household, input.Categories);
        foreach (var member in input.Members) household.Members.Add(NewMember(member));
        household.StatusHistory.Add(new HouseholdStatusChange
        {
            ToStatus = HouseholdStatus.Active,
            Reason = stamp.OpenedReason,
            EffectiveOn = stamp.Today,
            RecordedBy = stamp.UserName,
            RecordedAt = stamp.Now,
        });
        return household;
    }

    public static void SetIdNumber(Household household, string idNumber, IdNumberProtector protector, string? cipher = null)
    {
        var normalized = ResidentIdNumber.Normalize(idNumber);
        household.IdNumberCipher = cipher ?? protector.Protect(normalized);
        household.IdNumberHash = protector.Hash(normalized);
        household.IdNumberMasked = ResidentIdNumber.Mask(normalized);
        household.BirthDate = ResidentIdNumber.BirthDate(normalized);
        household.Gender = ResidentIdNumber.GenderOf(normalized);
    }

    public static void CopyDetails(Household household, HouseholdInput input)
    {
        household.OrgUnitId = input.OrgUnitId;
        household.Name = input.Name.Trim();
        household.HeadKind = input.HeadKind;
        household.Workplace = Blank(input.Workplace);
        household.Phone = PhoneNumber.StoredOrNull(input.Phone);
        household.Address = Blank(input.Address);
        household.Region = Blank(input.Region);
        household.IsRemote = input.IsRemote;
        household.Level = input.Level;
        household.Causes = Blank(input.Causes);
        household.IllnessDetails = Blank(input.IllnessDetails);
        household.PerCapitaIncome = input.PerCapitaIncome;
        household.FamilySize = input.FamilySize;
        household.IsPriority = input.IsPriority;
    }

    public static void SyncCategories(Household household, IEnumerable<HouseholdCategory> categories)
    {
        var wanted = categories.ToHashSet();
        household.Categories.RemoveAll(c => !wanted.Contains(c.Category));
        foreach (var category in wanted.Where(c => household.Categories.All(x => x.Category != c)).Order())
            household.Categories.Add(new HouseholdCategoryAssignment { HouseholdId = household.Id, Category = category });
    }

    public static void SyncMembers(Household household, IReadOnlyList<FamilyMemberInput> members)
    {
        var kept = members.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToHashSet();
        household.Members.RemoveAll(m => !kept.Contains(m.Id));
        foreach (var input in members)
        {
            var existing = input.Id is { } id ? household.Members.FirstOrDefault(m => m.Id == id) : null;
            if (existing is null)
            {
                household.Members.Add(NewMember(input));
                continue;
            }
            existing.Name = input.Name.Trim();
            existing.Relation = input.Relation.Trim();
            existing.BirthYear = input.BirthYear;
            existing.Occupation = Blank(input.Occupation);
            existing.Health = Blank(input.Health);
        }
    }

    private static FamilyMember NewMember(FamilyMemberInput input) => new()
    {
        Name = input.Name.Trim(),
        Relation = input.Relation.Trim(),
        BirthYear = input.BirthYear,
        Occupation = Blank(input.Occupation),
        Health = Blank(input.Health),
    };

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
