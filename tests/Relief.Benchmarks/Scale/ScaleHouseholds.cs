using System.Diagnostics;
using System.Globalization;
using Relief.Core.DemoData;
using Relief.Core.Features.Households;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// 200,000 household files spread evenly over the 400 grassroots trees, with valid resident ID numbers (region code
/// of the district, birth date, sequence, check digit) protected as the app protects them. The plan is kept in
/// compact arrays for the grant and visit generators; entities are made only while writing.
/// </summary>
internal sealed class ScaleHouseholds
{
    /// <summary>Weights of the demo catalog's profiles, in its order: hardship employees and retirees dominate.</summary>
    private static readonly int[] ProfileWeights = [30, 8, 8, 6, 1, 1, 1, 15, 2, 10, 5, 5, 2, 6];
    private static readonly DateOnly FirstFiling = new(2010, 1, 4);
    private static readonly DateOnly LastFiling = new(2019, 11, 29);

    private readonly Random _random;
    private readonly int[] _profileTable;

    public ScaleHouseholds(int count, Random random)
    {
        _random = random;
        _profileTable = [.. ProfileWeights.SelectMany((weight, index) => Enumerable.Repeat(index, weight))];
        Count = count;
        Names = new string[count];
        IdNumbers = new string[count];
        Profiles = new byte[count];
        Grassroots = new short[count];
        UnitIds = new int[count];
        Statuses = new HouseholdStatus[count];
        Male = new bool[count];
        FiledOn = new DateOnly[count];
        Ciphers = new string[count];
        Plan();
    }

    public int Count { get; }
    public string[] Names { get; }
    public string[] IdNumbers { get; }
    public byte[] Profiles { get; }
    public short[] Grassroots { get; }
    public int[] UnitIds { get; }
    public HouseholdStatus[] Statuses { get; }
    public bool[] Male { get; }
    public DateOnly[] FiledOn { get; }
    public string[] Ciphers { get; }

    public static int IdOf(int index) => index + 1;
    public DemoCategoryProfile ProfileOf(int index) => DemoCatalog.Profiles[Profiles[index]];
    public bool IsOnFile(int index) => Statuses[index] is HouseholdStatus.Active or HouseholdStatus.Returned;

    /// <summary>Encrypts every ID number with Data Protection, in parallel: the one expensive step per household.</summary>
    public TimeSpan Protect(IdNumberProtector protector)
    {
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, Count, i => Ciphers[i] = protector.Protect(IdNumbers[i]));
        return stopwatch.Elapsed;
    }

    public IEnumerable<Household> Entities(IdNumberProtector protector, ScaleUnits units)
    {
        var memberId = 0;
        var historyId = 0;
        // A separate stream so the plan above stays the same whatever is written here.
        var random = new Random(ScaleSettings.Seed + 11);
        for (var i = 0; i < Count; i++)
        {
            var profile = ProfileOf(i);
            var (city, district, _) = ScaleCatalog.Districts[ScaleUnits.DistrictOf(Grassroots[i])];
            var remote = random.Next(100) < 15;
            var filedOn = FiledOn[i];
            var household = new Household
            {
                Id = IdOf(i),
                OrgUnitId = UnitIds[i],
                Name = Names[i],
                Gender = ResidentIdNumber.GenderOf(IdNumbers[i]),
                BirthDate = ResidentIdNumber.BirthDate(IdNumbers[i]),
                IdNumberCipher = Ciphers[i],
                IdNumberHash = protector.Hash(IdNumbers[i]),
                IdNumberMasked = ResidentIdNumber.Mask(IdNumbers[i]),
                HeadKind = profile.HeadKind,
                Workplace = profile.HeadKind == HeadOfHouseholdKind.Retiree ? $"{units[UnitIds[i]].Name[..^2]}（已退休）" : units[UnitIds[i]].Name[..^2],
                Phone = $"13{random.Next(100_000_000, 1_000_000_000)}",
                Address = remote
                    ? $"{city}{district}{ScaleCatalog.Villages[random.Next(ScaleCatalog.Villages.Count)]}"
                    : $"{city}{district}{ScaleCatalog.Streets[random.Next(ScaleCatalog.Streets.Count)]}{random.Next(1, 300)}号",
                Region = district,
                IsRemote = remote,
                Level = profile.Level,
                Causes = profile.Causes,
                IllnessDetails = profile.IllnessDetails,
                PerCapitaIncome = profile.Level switch
                {
                    HardshipLevel.Extreme => 500 + (random.Next(40) * 10),
                    HardshipLevel.General => 900 + (random.Next(60) * 10),
                    _ => 2000 + (random.Next(200) * 10),
                },
                Status = HouseholdStatus.Active,
                StatusSince = filedOn,
                CreatedAt = ScaleSettings.Stamp(filedOn),
                UpdatedAt = ScaleSettings.Stamp(filedOn),
                Version = Guid.NewGuid(),
            };
            household.Categories.Add(new HouseholdCategoryAssignment { HouseholdId = household.Id, Category = profile.Category });
            if (profile.AlsoCategory is { } also) household.Categories.Add(new HouseholdCategoryAssignment { HouseholdId = household.Id, Category = also });
            AddMembers(household, profile, random, ref memberId);
            household.FamilySize = household.Members.Count + 1;
            household.IsPriority = profile.Level == HardshipLevel.Extreme
                || profile.Category is HouseholdCategory.SeriousIllness or HouseholdCategory.SingleParent;
            household.StatusHistory.Add(History(++historyId, household, null, HouseholdStatus.Active, filedOn, "经摸底调查，建立困难职工档案"));
            AddStatusChanges(household, Statuses[i], random, ref historyId);
            yield return household;
        }
    }

    private void Plan()
    {
        var used = new HashSet<string>(Count, StringComparer.Ordinal);
        var filingDays = LastFiling.DayNumber - FirstFiling.DayNumber;
        for (var i = 0; i < Count; i++)
        {
            var grassroots = i % ScaleSettings.GrassrootsUnits;
            var profileIndex = _profileTable[_random.Next(_profileTable.Length)];
            var profile = DemoCatalog.Profiles[profileIndex];
            var male = profile.Category == HouseholdCategory.RetiredCadre || _random.Next(5) < 3;
            Grassroots[i] = (short)grassroots;
            UnitIds[i] = ScaleUnits.UnitInTree(grassroots, (i / ScaleSettings.GrassrootsUnits) % (ScaleSettings.BranchesPerGrassroots + 1));
            Profiles[i] = (byte)profileIndex;
            Male[i] = male;
            Names[i] = PersonName(male);
            FiledOn[i] = DateOnly.FromDayNumber(FirstFiling.DayNumber + _random.Next(filingDays));
            Statuses[i] = _random.Next(100) switch
            {
                < 88 => HouseholdStatus.Active,
                < 93 => HouseholdStatus.OutOfHardship,
                < 95 => HouseholdStatus.Returned,
                _ => HouseholdStatus.Closed,
            };
            var region = ScaleCatalog.Districts[ScaleUnits.DistrictOf(grassroots)].RegionCode;
            var (from, to) = profile.Category switch
            {
                HouseholdCategory.RetiredCadre => (1927, 1932),
                _ when profile.HeadKind == HeadOfHouseholdKind.Retiree => (1940, 1962),
                _ => (1965, 1998),
            };
            string idNumber;
            do
            {
                var birthDate = new DateOnly(from, 1, 1).AddDays(_random.Next((to - from) * 365));
                var sequence = (_random.Next(500) * 2) + (male ? 1 : 0);
                idNumber = ResidentIdNumber.Compose(region, birthDate, sequence);
            }
            while (!used.Add(idNumber));
            IdNumbers[i] = idNumber;
        }
    }

    private string PersonName(bool male)
    {
        var surname = DemoCatalog.Surnames[_random.Next(DemoCatalog.Surnames.Count)];
        if (_random.Next(2) == 0)
        {
            var given = male ? DemoCatalog.MaleGivenNames : DemoCatalog.FemaleGivenNames;
            return surname + given[_random.Next(given.Count)];
        }
        var pool = ScaleCatalog.GivenNameCharacters;
        return string.Concat(surname, pool[_random.Next(pool.Length)].ToString(), pool[_random.Next(pool.Length)].ToString());
    }

    private static void AddMembers(Household household, DemoCategoryProfile profile, Random random, ref int memberId)
    {
        var surname = household.Name[..1];
        var pool = ScaleCatalog.GivenNameCharacters;
        var headBirthYear = household.BirthDate?.Year ?? 1970;
        if (profile.Category is not (HouseholdCategory.SingleParent or HouseholdCategory.MartyrFamily) && random.Next(10) < 7)
        {
            household.Members.Add(new FamilyMember
            {
                Id = ++memberId,
                HouseholdId = household.Id,
                Name = DemoCatalog.Surnames[random.Next(DemoCatalog.Surnames.Count)] + pool[random.Next(pool.Length)] + pool[random.Next(pool.Length)],
                Relation = "配偶",
                BirthYear = headBirthYear + random.Next(-3, 4),
                Occupation = profile.HeadKind == HeadOfHouseholdKind.Retiree ? "退休" : "无业",
                Health = profile.Category == HouseholdCategory.SeriousIllness ? profile.IllnessDetails : null,
            });
        }
        if (profile.HeadKind != HeadOfHouseholdKind.Employee) return;
        var children = random.Next(3);
        for (var c = 0; c < children; c++)
        {
            var birthYear = Math.Min(2020, headBirthYear + 24 + random.Next(10));
            household.Members.Add(new FamilyMember
            {
                Id = ++memberId,
                HouseholdId = household.Id,
                Name = surname + pool[random.Next(pool.Length)] + pool[random.Next(pool.Length)],
                Relation = "子女",
                BirthYear = birthYear,
                Occupation = (2024 - birthYear) switch { < 7 => "学龄前", < 13 => "在读小学", < 19 => "在读中学", < 23 => "在读大学", _ => "务工" },
            });
        }
    }

    /// <summary>Files that left hardship, returned to it, or were closed, each step with its history row.</summary>
    private static void AddStatusChanges(Household household, HouseholdStatus final, Random random, ref int historyId)
    {
        void Change(HouseholdStatus to, DateOnly on, string reason, ref int id)
        {
            household.StatusHistory.Add(History(++id, household, household.Status, to, on, reason));
            household.Status = to;
            household.StatusSince = on;
            household.UpdatedAt = ScaleSettings.Stamp(on);
        }

        var first = new DateOnly(2020, 3, 1).AddDays(random.Next(900));
        switch (final)
        {
            case HouseholdStatus.OutOfHardship:
                Change(HouseholdStatus.OutOfHardship, first, "子女参加工作，家庭人均收入已超过困难职工认定标准", ref historyId);
                break;
            case HouseholdStatus.Returned:
                Change(HouseholdStatus.OutOfHardship, first, "配偶再就业，家庭收入稳定", ref historyId);
                Change(HouseholdStatus.Returned, first.AddDays(90 + random.Next(300)), "配偶突发疾病住院，家庭再度陷入困难", ref historyId);
                break;
            case HouseholdStatus.Closed:
                var reason = (ClosureReason)(1 + random.Next(3));
                Change(HouseholdStatus.Closed, new DateOnly(2023, 3, 1).AddDays(random.Next(250)), reason switch
                {
                    ClosureReason.Deceased => "本人因病去世",
                    ClosureReason.Moved => "随子女迁居外省",
                    _ => "调离本单位",
                }, ref historyId);
                household.ClosureReason = reason;
                break;
        }
    }

    private static HouseholdStatusChange History(int id, Household household, HouseholdStatus? from, HouseholdStatus to, DateOnly on, string reason) => new()
    {
        Id = id,
        HouseholdId = household.Id,
        FromStatus = from,
        ToStatus = to,
        Reason = reason,
        EffectiveOn = on,
        RecordedBy = "scale-generator",
        RecordedAt = ScaleSettings.Stamp(on),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count:N0} households");
}
