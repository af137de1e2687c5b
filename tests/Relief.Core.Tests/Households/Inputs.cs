using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Households;

/// <summary>Valid inputs for tests to start from.</summary>
public static class Inputs
{
    public static string IdNumber(int sequence, int birthYear = 1975) =>
        ResidentIdNumber.Compose("331102", new DateOnly(birthYear, 3, 8), sequence);

    public static HouseholdInput Household(int unitId, string name, string idNumber) => new()
    {
        OrgUnitId = unitId,
        Name = name,
        IdNumber = idNumber,
        Phone = "13912345678",
        Address = "丽水市莲都区丽阳街1号",
        Region = "丽水",
        Level = HardshipLevel.General,
        Categories = [HouseholdCategory.HardshipEmployee],
        Causes = "子女上学",
        IllnessDetails = "无",
        PerCapitaIncome = 800m,
        FamilySize = 3,
        Members = [new FamilyMemberInput { Name = "王小明", Relation = "子女", BirthYear = 2010 }],
    };
}
