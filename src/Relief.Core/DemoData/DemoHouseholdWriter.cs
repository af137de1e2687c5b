using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;

namespace Relief.Core.DemoData;

/// <summary>About sixty household files across every category, the three regions and every file status.</summary>
public sealed class DemoHouseholdWriter(IdNumberProtector ids, Random random)
{
    public const int HouseholdCount = 60;
    private static readonly int[] RareNameSlots = [5, 23, 41];

    public List<SeededHousehold> Create(DemoUnits units, DemoStaff staff)
    {
        var categories = PrimaryCategories();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var households = new List<SeededHousehold>(HouseholdCount);
        for (var i = 0; i < HouseholdCount; i++)
            households.Add(CreateOne(i, DemoCatalog.ProfileOf(categories[i]), units, staff, usedNames));
        ChangeStatuses(households, staff);
        return households;
    }

    /// <summary>Every category at least once, the common ones more often, in a seeded order.</summary>
    private HouseholdCategory[] PrimaryCategories()
    {
        var list = Enum.GetValues<HouseholdCategory>().ToList();
        void Add(HouseholdCategory category, int times) => list.AddRange(Enumerable.Repeat(category, times));
        Add(HouseholdCategory.ExtremeHardshipEmployee, 6);
        Add(HouseholdCategory.SeriousIllness, 5);
        Add(HouseholdCategory.SingleParent, 4);
        Add(HouseholdCategory.Retiree, 6);
        Add(HouseholdCategory.Disabled, 3);
        Add(HouseholdCategory.MigrantWorker, 3);
        Add(HouseholdCategory.Hospitalised, 3);
        Add(HouseholdCategory.AidedStudent, 3);
        Add(HouseholdCategory.ModelWorker, 1);
        Add(HouseholdCategory.UnionCadre, 1);
        Add(HouseholdCategory.HardshipEmployee, HouseholdCount - list.Count);
        var array = list.ToArray();
        random.Shuffle(array);
        return array;
    }

    private SeededHousehold CreateOne(int index, DemoCategoryProfile profile, DemoUnits units, DemoStaff staff, HashSet<string> usedNames)
    {
        var (unit, region) = Placement(index, profile, units);
        var addresses = region switch
        {
            DemoCatalog.SongyangRegion => DemoCatalog.SongyangAddresses,
            DemoCatalog.SuichangRegion => DemoCatalog.SuichangAddresses,
            _ => DemoCatalog.LishuiAddresses,
        };
        var remote = random.Next(4) == 0;
        var candidates = addresses.Where(a => a.IsRemote == remote).ToList();
        var address = candidates[random.Next(candidates.Count)];

        var (name, isMale) = Name(index, profile, usedNames);
        var birthDate = BirthDate(profile);
        var idNumber = ResidentIdNumber.Compose(DemoCatalog.RegionCode(region), birthDate, 100 + (index * 10) + (isMale ? 1 : 2));
        var filedOn = index % 7 == 6 ? new DateOnly(2020, 11, 16).AddDays(random.Next(20)) : new DateOnly(2015, 3, 1).AddDays(random.Next(1600));

        var household = new Household
        {
            Name = name,
            Gender = ResidentIdNumber.GenderOf(idNumber),
            BirthDate = ResidentIdNumber.BirthDate(idNumber),
            IdNumberCipher = ids.Protect(idNumber),
            IdNumberHash = ids.Hash(idNumber),
            IdNumberMasked = ResidentIdNumber.Mask(idNumber),
            OrgUnitId = unit.Id,
            HeadKind = profile.HeadKind,
            Workplace = Workplace(profile, region),
            Phone = $"1{(index % 3) switch { 0 => "39", 1 => "58", _ => "57" }}{random.Next(10_000_000, 100_000_000)}",
            Address = address.Address,
            Region = region,
            IsRemote = address.IsRemote,
            Level = profile.Level,
            Causes = profile.Causes,
            IllnessDetails = profile.IllnessDetails,
            PerCapitaIncome = Income(profile.Level),
            Status = HouseholdStatus.Active,
            StatusSince = filedOn,
            CreatedAt = DemoDates.Stamp(filedOn),
            UpdatedAt = DemoDates.Stamp(filedOn),
        };
        household.Categories.Add(new HouseholdCategoryAssignment { Category = profile.Category });
        if (profile.AlsoCategory is { } also) household.Categories.Add(new HouseholdCategoryAssignment { Category = also });
        household.Members.AddRange(Members(profile, birthDate.Year, usedNames, name[..1]));
        household.FamilySize = household.Members.Count + 1;
        household.IsPriority = profile.Level == HardshipLevel.Extreme
            || household.Categories.Any(c => c.Category is HouseholdCategory.SeriousIllness or HouseholdCategory.SingleParent);
        household.StatusHistory.Add(new HouseholdStatusChange
        {
            ToStatus = HouseholdStatus.Active,
            Reason = "经摸底调查，建立困难职工档案",
            EffectiveOn = filedOn,
            RecordedBy = staff.OfficerFor(unit.Id, units).DisplayName,
            RecordedAt = DemoDates.Stamp(filedOn),
        });
        return new SeededHousehold(household, profile, filedOn);
    }

    private static (OrgUnit Unit, string Region) Placement(int index, DemoCategoryProfile profile, DemoUnits units)
    {
        // Retired cadres and martyrs' families are looked after by the company union itself.
        if (profile.Category is HouseholdCategory.RetiredCadre or HouseholdCategory.MartyrFamily) return (units.Company, DemoCatalog.LishuiRegion);
        return (index % 5) switch
        {
            0 or 1 => (units.LishuiBranch, DemoCatalog.LishuiRegion),
            2 => (units.LishuiBranch, DemoCatalog.SuichangRegion),
            _ => (units.SongyangBranch, DemoCatalog.SongyangRegion),
        };
    }

    private (string Name, bool IsMale) Name(int index, DemoCategoryProfile profile, HashSet<string> usedNames)
    {
        var rare = Array.IndexOf(RareNameSlots, index);
        if (rare >= 0)
        {
            usedNames.Add(DemoCatalog.RareNames[rare].Name);
            return DemoCatalog.RareNames[rare];
        }
        var isMale = profile.Category == HouseholdCategory.RetiredCadre || random.Next(5) < 3;
        return (UniqueName(isMale, usedNames, null), isMale);
    }

    private string UniqueName(bool isMale, HashSet<string> usedNames, string? surname)
    {
        var given = isMale ? DemoCatalog.MaleGivenNames : DemoCatalog.FemaleGivenNames;
        while (true)
        {
            var name = (surname ?? DemoCatalog.Surnames[random.Next(DemoCatalog.Surnames.Count)]) + given[random.Next(given.Count)];
            if (usedNames.Add(name)) return name;
        }
    }

    private DateOnly BirthDate(DemoCategoryProfile profile)
    {
        var (from, to) = profile.Category switch
        {
            HouseholdCategory.RetiredCadre => (1927, 1932),
            _ when profile.HeadKind == HeadOfHouseholdKind.Retiree => (1940, 1958),
            _ => (1966, 1990),
        };
        return new DateOnly(from, 1, 1).AddDays(random.Next((to - from) * 365));
    }

    private static string Workplace(DemoCategoryProfile profile, string region) =>
        profile.HeadKind == HeadOfHouseholdKind.Retiree
            ? DemoCatalog.RetiredWorkplace
            : region switch
            {
                DemoCatalog.SongyangRegion => DemoCatalog.SongyangWorkplaces[(int)profile.Category % DemoCatalog.SongyangWorkplaces.Count],
                DemoCatalog.SuichangRegion => DemoCatalog.SuichangWorkplaces[(int)profile.Category % DemoCatalog.SuichangWorkplaces.Count],
                _ => DemoCatalog.LishuiWorkplaces[(int)profile.Category % DemoCatalog.LishuiWorkplaces.Count],
            };

    private decimal Income(HardshipLevel level) => level switch
    {
        HardshipLevel.Extreme => 500 + random.Next(40) * 10,
        HardshipLevel.General => 900 + random.Next(60) * 10,
        _ => 2000 + random.Next(200) * 10,
    };

    private List<FamilyMember> Members(DemoCategoryProfile profile, int headBirthYear, HashSet<string> usedNames, string surname)
    {
        var members = new List<FamilyMember>();
        var category = profile.Category;
        var hasSpouse = category is not (HouseholdCategory.SingleParent or HouseholdCategory.MartyrFamily) && random.Next(6) > 0;
        if (hasSpouse)
        {
            members.Add(new FamilyMember
            {
                Name = UniqueName(random.Next(2) == 0, usedNames, null),
                Relation = "配偶",
                BirthYear = headBirthYear + random.Next(-3, 4),
                Occupation = profile.HeadKind == HeadOfHouseholdKind.Retiree ? "退休" : (random.Next(4) switch { 0 => "无业", 1 => "个体", 2 => "务农", _ => "超市营业员" }),
                Health = category == HouseholdCategory.SeriousIllness ? profile.IllnessDetails : null,
            });
        }
        if (profile.HeadKind == HeadOfHouseholdKind.Employee)
        {
            var children = category == HouseholdCategory.AidedStudent ? 1 : 1 + random.Next(2);
            for (var c = 0; c < children; c++)
            {
                var birthYear = category == HouseholdCategory.AidedStudent ? 2001 + random.Next(2) : Math.Min(2016, headBirthYear + 24 + random.Next(8));
                members.Add(new FamilyMember
                {
                    Name = UniqueName(random.Next(2) == 0, usedNames, surname),
                    Relation = "子女",
                    BirthYear = birthYear,
                    Occupation = SchoolOrWork(2021 - birthYear),
                });
            }
        }
        if (category == HouseholdCategory.MartyrFamily)
            members.Add(new FamilyMember { Name = UniqueName(false, usedNames, null), Relation = "婆婆", BirthYear = headBirthYear - 27, Occupation = "无", Health = "年老多病" });
        return members;
    }

    private static string SchoolOrWork(int age) => age switch
    {
        < 7 => "学龄前",
        < 13 => "在读小学",
        < 16 => "在读初中",
        < 19 => "在读高中",
        < 23 => "在读大学",
        _ => "务工",
    };

    /// <summary>A few files leave hardship, return to it, or are closed, each with its history rows.</summary>
    private static void ChangeStatuses(List<SeededHousehold> households, DemoStaff staff)
    {
        var movable = new Queue<SeededHousehold>(households.Where(h =>
            h.Profile.Category is HouseholdCategory.HardshipEmployee or HouseholdCategory.MigrantWorker or HouseholdCategory.SingleParent
            && h.FiledOn < new DateOnly(2019, 6, 1)
            && !DemoCatalog.RareNames.Any(r => r.Name == h.Household.Name)));
        var retirees = new Queue<SeededHousehold>(households.Where(h => h.Profile.Category == HouseholdCategory.Retiree && h.FiledOn < new DateOnly(2019, 6, 1)));
        var recordedBy = staff.Officer.DisplayName;

        void Change(SeededHousehold seeded, HouseholdStatus to, DateOnly on, string reason, ClosureReason? closure = null)
        {
            var household = seeded.Household;
            household.StatusHistory.Add(new HouseholdStatusChange
            {
                FromStatus = household.Status,
                ToStatus = to,
                Reason = reason,
                EffectiveOn = on,
                RecordedBy = recordedBy,
                RecordedAt = DemoDates.Stamp(on),
            });
            household.Status = to;
            household.StatusSince = on;
            household.ClosureReason = closure;
            household.UpdatedAt = DemoDates.Stamp(on);
        }

        Change(movable.Dequeue(), HouseholdStatus.OutOfHardship, new DateOnly(2020, 9, 15), "子女参加工作，家庭人均收入已超过困难职工认定标准");
        Change(movable.Dequeue(), HouseholdStatus.OutOfHardship, new DateOnly(2020, 10, 20), "配偶再就业，家庭收入稳定");
        Change(movable.Dequeue(), HouseholdStatus.OutOfHardship, new DateOnly(2020, 6, 30), "经帮扶，本人技能提升后岗位调整，收入提高");
        foreach (var (outOn, backOn) in new[] { (new DateOnly(2019, 8, 15), new DateOnly(2020, 11, 20)), (new DateOnly(2019, 10, 8), new DateOnly(2020, 12, 2)) })
        {
            var seeded = movable.Dequeue();
            Change(seeded, HouseholdStatus.OutOfHardship, outOn, "配偶再就业，家庭收入稳定");
            Change(seeded, HouseholdStatus.Returned, backOn, "配偶突发脑梗住院，家庭再度陷入困难");
        }
        Change(retirees.Dequeue(), HouseholdStatus.Closed, new DateOnly(2020, 7, 3), "本人因病去世", ClosureReason.Deceased);
        Change(movable.Dequeue(), HouseholdStatus.Closed, new DateOnly(2020, 5, 10), "随子女迁居杭州", ClosureReason.Moved);
        Change(movable.Dequeue(), HouseholdStatus.Closed, new DateOnly(2020, 8, 31), "调离本公司", ClosureReason.Left);
    }
}
