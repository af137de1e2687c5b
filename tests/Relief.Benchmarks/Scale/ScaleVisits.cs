using Relief.Core.Features.Households;
using Relief.Core.Features.Surveys;
using Relief.Core.Features.Visits;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// 500,000 visits (250 per grassroots tree and campaign): single-household home, hospital, phone and letter visits,
/// and symposiums and group events with four to eight households; 50,000 concerns raised during home and hospital
/// visits; and the running campaign's surveys.
/// </summary>
internal sealed class ScaleVisits
{
    private const int VisitsPerTree = ScaleSettings.VisitsPerCampaign / ScaleSettings.GrassrootsUnits;
    private static readonly (VisitKind Kind, int Weight)[] KindWeights =
        [(VisitKind.Home, 55), (VisitKind.Hospital, 8), (VisitKind.Phone, 17), (VisitKind.Letter, 8), (VisitKind.Symposium, 2), (VisitKind.GroupEvent, 10)];

    private static readonly (ConcernCategory Category, string Text)[] ConcernTexts =
    [
        (ConcernCategory.Living, "冬季取暖设备老旧，家中老人怕冷，希望协助更换取暖器"),
        (ConcernCategory.Medical, "配偶透析费用报销比例低，希望协助申请职工医疗互助保障"),
        (ConcernCategory.Schooling, "子女今年参加高考，希望了解助学政策"),
        (ConcernCategory.Employment, "配偶下岗在家，希望工会帮助推荐就业岗位"),
        (ConcernCategory.Housing, "老房屋顶漏雨，希望协助申请危房改造补助"),
        (ConcernCategory.Other, "希望单位食堂为困难职工提供就餐补贴"),
    ];

    private readonly ScaleHouseholds _households;
    private readonly List<VisitPlan> _visits = new(ScaleSettings.Campaigns * ScaleSettings.VisitsPerCampaign);
    private readonly List<int> _visitHouseholds = new(ScaleSettings.Campaigns * ScaleSettings.VisitsPerCampaign * 2);
    /// <summary>Per campaign and household: the id of the visit that could hand over its grant (home, hospital or group event), or 0.</summary>
    private readonly int[][] _handOver;

    public ScaleVisits(ScaleHouseholds households, Random random)
    {
        _households = households;
        _handOver = [.. Enumerable.Range(0, ScaleSettings.Campaigns).Select(_ => new int[households.Count])];
        var kindTable = KindWeights.SelectMany(k => Enumerable.Repeat(k.Kind, k.Weight)).ToArray();
        for (var c = 0; c < ScaleSettings.Campaigns; c++)
        {
            for (var g = 0; g < ScaleSettings.GrassrootsUnits; g++)
                PlanTree(c, g, kindTable, random);
        }
    }

    public int Count => _visits.Count;

    public (int? VisitId, DateOnly VisitedOn) HandOverVisit(int campaign, int household)
    {
        var id = _handOver[campaign][household];
        return id == 0 ? (null, default) : (id, _visits[id - 1].VisitedOn);
    }

    private static (DateOnly From, int Days) Window(int campaign) =>
        ScaleCampaigns.IsActive(campaign) ? (new DateOnly(2024, 1, 8), 17) : (new DateOnly(ScaleCampaigns.Year(campaign), 1, 10), 28);

    private void PlanTree(int campaign, int grassroots, VisitKind[] kindTable, Random random)
    {
        var tree = new List<int>();
        for (var i = grassroots; i < _households.Count; i += ScaleSettings.GrassrootsUnits)
        {
            if (!ScaleCampaigns.IsActive(campaign) || _households.IsOnFile(i)) tree.Add(i);
        }
        var order = tree.ToArray();
        random.Shuffle(order);
        var next = 0;
        var (from, days) = Window(campaign);
        for (var v = 0; v < VisitsPerTree; v++)
        {
            var kind = kindTable[random.Next(kindTable.Length)];
            var size = kind is VisitKind.Symposium or VisitKind.GroupEvent ? 4 + random.Next(5) : 1;
            var id = _visits.Count + 1;
            var firstLink = _visitHouseholds.Count;
            for (var h = 0; h < size; h++)
            {
                var household = order[next++ % order.Length];
                // A wrap-around could put a household into the same visit twice.
                if (_visitHouseholds.Skip(firstLink).Contains(household)) continue;
                _visitHouseholds.Add(household);
                if (kind is VisitKind.Home or VisitKind.Hospital or VisitKind.GroupEvent && _handOver[campaign][household] == 0)
                    _handOver[campaign][household] = id;
            }
            var unitId = size == 1 ? _households.UnitIds[_visitHouseholds[firstLink]] : ScaleUnits.GrassrootsId(grassroots);
            _visits.Add(new VisitPlan((byte)campaign, (short)grassroots, unitId, kind, from.AddDays(random.Next(days)),
                firstLink, _visitHouseholds.Count - firstLink, (byte)random.Next(10)));
        }
    }

    public IEnumerable<Visit> Visits(ScaleUnits units)
    {
        var visitorId = 0;
        for (var v = 0; v < _visits.Count; v++)
        {
            var plan = _visits[v];
            var id = v + 1;
            var district = ScaleCatalog.Districts[ScaleUnits.DistrictOf(plan.Grassroots)].District;
            var visit = new Visit
            {
                Id = id,
                CampaignId = ScaleCampaigns.IdOf(plan.Campaign),
                OrgUnitId = plan.UnitId,
                Kind = plan.Kind,
                VisitedOn = plan.VisitedOn,
                Place = plan.Kind switch
                {
                    VisitKind.Home => $"{district}{ScaleCatalog.Streets[plan.Salt % ScaleCatalog.Streets.Count]}",
                    VisitKind.Hospital => $"{district}人民医院",
                    VisitKind.Symposium => $"{units[ScaleUnits.GrassrootsId(plan.Grassroots)].Name[..^2]}会议室",
                    VisitKind.GroupEvent => $"{units[ScaleUnits.GrassrootsId(plan.Grassroots)].Name[..^2]}职工之家",
                    _ => null,
                },
                Region = district,
                Notes = plan.Kind switch
                {
                    VisitKind.Home => "登门走访，详细询问家庭生活、子女就学和治疗情况，送上慰问金和慰问品。",
                    VisitKind.Hospital => "到医院看望住院职工，向主治医生了解病情，嘱咐安心治疗。",
                    VisitKind.Phone => "路途遥远，电话慰问，了解近况，告知慰问金已通过银行转账发放。",
                    VisitKind.Letter => "寄送慰问信，转达新春问候。",
                    VisitKind.Symposium => "召开困难职工代表座谈会，听取意见和建议。",
                    _ => "集中慰问离退休老同志、劳动模范和困难职工，送上节日慰问金和慰问品。",
                },
                CreatedBy = "scale-generator",
                CreatedAt = ScaleSettings.Stamp(plan.VisitedOn),
                Version = Guid.NewGuid(),
            };
            visit.Visitors.Add(new VisitVisitor
            {
                Id = ++visitorId, VisitId = id, Name = ScaleCatalog.VisitorNames[plan.Salt + 2], Title = "工会干事",
            });
            if (plan.Salt < 3)
            {
                visit.Visitors.Add(new VisitVisitor
                {
                    Id = ++visitorId, VisitId = id, Name = ScaleCatalog.VisitorNames[plan.Salt], Title = ScaleCatalog.LeaderTitles[plan.Salt], IsLeader = true,
                });
            }
            else if (plan.Salt < 6)
            {
                visit.Visitors.Add(new VisitVisitor { Id = ++visitorId, VisitId = id, Name = "陈国华", Title = "工会主席" });
            }
            for (var h = 0; h < plan.HouseholdCount; h++)
                visit.Households.Add(new VisitHousehold { VisitId = id, CampaignId = visit.CampaignId, HouseholdId = ScaleHouseholds.IdOf(_visitHouseholds[plan.FirstHousehold + h]) });
            yield return visit;
        }
    }

    /// <summary>Ten thousand concerns per campaign, drawn evenly from the households of its home and hospital visits.</summary>
    public IEnumerable<Concern> Concerns(Random random)
    {
        var id = 0;
        for (var c = 0; c < ScaleSettings.Campaigns; c++)
        {
            var candidates = Enumerable.Range(0, _visits.Count)
                .Where(v => _visits[v].Campaign == c && _visits[v].Kind is VisitKind.Home or VisitKind.Hospital)
                .ToList();
            var needed = ScaleSettings.ConcernsPerCampaign;
            for (var n = 0; n < candidates.Count && needed > 0; n++)
            {
                // Selection sampling: exactly `needed` of the remaining candidates, each equally likely.
                if (random.Next(candidates.Count - n) >= needed) continue;
                needed--;
                var plan = _visits[candidates[n]];
                var (category, text) = ConcernTexts[random.Next(ConcernTexts.Length)];
                var active = ScaleCampaigns.IsActive(c);
                var roll = random.Next(100);
                var status = active
                    ? roll switch { < 50 => ConcernStatus.Open, < 80 => ConcernStatus.InProgress, _ => ConcernStatus.Resolved }
                    : roll switch { < 90 => ConcernStatus.Resolved, < 95 => ConcernStatus.InProgress, _ => ConcernStatus.Open };
                var resolvedOn = status == ConcernStatus.Resolved ? plan.VisitedOn.AddDays(3 + random.Next(20)) : (DateOnly?)null;
                if (resolvedOn > ScaleSettings.Today) resolvedOn = ScaleSettings.Today;
                yield return new Concern
                {
                    Id = ++id,
                    HouseholdId = ScaleHouseholds.IdOf(_visitHouseholds[plan.FirstHousehold]),
                    OrgUnitId = plan.UnitId,
                    VisitId = candidates[n] + 1,
                    CampaignId = ScaleCampaigns.IdOf(c),
                    Category = category,
                    Description = text,
                    RaisedOn = plan.VisitedOn,
                    OwnerName = ScaleCatalog.VisitorNames[plan.Salt + 2],
                    DueOn = plan.VisitedOn.AddDays(30),
                    Status = status,
                    Resolution = resolvedOn is null ? null : "已协调有关部门落实，并回访告知本人",
                    ResolvedOn = resolvedOn,
                    CreatedAt = ScaleSettings.Stamp(plan.VisitedOn),
                    Version = Guid.NewGuid(),
                };
            }
        }
    }

    /// <summary>The running campaign's survey drive: three in five households on file were surveyed in December.</summary>
    public IEnumerable<Survey> Surveys(Random random)
    {
        var id = 0;
        var campaign = ScaleSettings.Campaigns - 1;
        for (var i = 0; i < _households.Count; i++)
        {
            if (!_households.IsOnFile(i) || random.Next(5) >= 3) continue;
            var profile = _households.ProfileOf(i);
            var surveyedOn = ScaleCampaigns.StartsOn(campaign).AddDays(random.Next(16));
            yield return new Survey
            {
                Id = ++id,
                HouseholdId = ScaleHouseholds.IdOf(i),
                OrgUnitId = _households.UnitIds[i],
                CampaignId = ScaleCampaigns.IdOf(campaign),
                SurveyedOn = surveyedOn,
                Surveyors = "陈国华、吴丽娟",
                Method = random.Next(4) == 0 ? SurveyMethod.Phone : SurveyMethod.Home,
                Findings = "家庭情况与档案记载基本一致。",
                PerCapitaIncome = profile.Level == HardshipLevel.Extreme ? 600 : 1000,
                FamilySize = 1 + random.Next(4),
                Causes = profile.Causes,
                RecommendedLevel = profile.Level,
                RecommendedCategories = [profile.Category],
                IsPriority = profile.Level == HardshipLevel.Extreme,
                AppliedAt = random.Next(5) == 0 ? null : ScaleSettings.Stamp(surveyedOn.AddDays(2)),
                CreatedBy = "scale-generator",
                CreatedAt = ScaleSettings.Stamp(surveyedOn),
                Version = Guid.NewGuid(),
            };
        }
    }

    private readonly record struct VisitPlan(
        byte Campaign, short Grassroots, int UnitId, VisitKind Kind, DateOnly VisitedOn, int FirstHousehold, int HouseholdCount, byte Salt);
}
