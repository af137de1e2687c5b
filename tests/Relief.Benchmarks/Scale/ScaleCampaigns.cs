using Relief.Core.DemoData;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;

namespace Relief.Benchmarks.Scale;

/// <summary>Five New Year and Spring Festival campaigns of the province, 2020 to 2024: four closed, the last one running.</summary>
internal static class ScaleCampaigns
{
    public const string Theme = "进千家门、知千家情、解千家难、暖千家心";

    public static int IdOf(int campaign) => campaign + 1;
    public static int Year(int campaign) => 2020 + campaign;
    public static bool IsActive(int campaign) => campaign == ScaleSettings.Campaigns - 1;
    public static DateOnly StartsOn(int campaign) => new(Year(campaign) - 1, 12, 15);
    public static DateOnly EndsOn(int campaign) => new(Year(campaign), 2, 10);
    public static DateOnly FirstMeeting(int campaign) => new(Year(campaign), 1, 5);
    public static DateOnly SecondMeeting(int campaign) => new(Year(campaign), 1, 20);

    /// <summary>Standards grow a little every year: 80 % of the demo catalog's in 2020, 100 % in 2024.</summary>
    public static decimal Standard(int campaign, DemoCategoryProfile profile) =>
        Math.Round(profile.Standard * (0.8m + (0.05m * campaign)) / 100m, MidpointRounding.AwayFromZero) * 100m;

    public static FundSourceKind SourceFor(GrantKind kind) => kind switch
    {
        GrantKind.SeriousIllnessAid => FundSourceKind.Donation,
        GrantKind.HardshipSubsidy => FundSourceKind.Allocation,
        GrantKind.Emergency => FundSourceKind.FiscalSubsidy,
        GrantKind.StudentAid => FundSourceKind.FundInterest,
        _ => FundSourceKind.OwnFunds,
    };

    public static int FundSourceId(int campaign, FundSourceKind kind) => (campaign * 5) + (int)kind + 1;

    /// <summary>The campaigns with standards, quotas for the district federations, and fund sources sized to what was charged to them.</summary>
    public static IEnumerable<Campaign> Entities(ScaleGrants grants)
    {
        for (var c = 0; c < ScaleSettings.Campaigns; c++)
        {
            var campaign = new Campaign
            {
                Id = IdOf(c),
                Name = $"{Year(c)}年元旦春节送温暖活动",
                Year = Year(c),
                Season = Season.NewYearSpringFestival,
                Theme = Theme,
                DirectiveReference = $"浙工〔{Year(c) - 1}〕{40 + c}号",
                StartsOn = StartsOn(c),
                EndsOn = EndsOn(c),
                OrgUnitId = ScaleUnits.RootId,
                Status = IsActive(c) ? CampaignStatus.Active : CampaignStatus.Closed,
                CreatedAt = ScaleSettings.Stamp(StartsOn(c).AddDays(-5)),
                Version = Guid.NewGuid(),
            };
            foreach (var profile in DemoCatalog.Profiles)
                campaign.Standards.Add(new CampaignStandard { CampaignId = campaign.Id, Category = profile.Category, Kind = profile.GrantKind, Amount = Standard(c, profile) });
            foreach (var category in DemoCatalog.InKindCategories)
                campaign.Standards.Add(new CampaignStandard { CampaignId = campaign.Id, Category = category, Kind = GrantKind.InKind, Amount = DemoCatalog.InKindStandard });
            for (var d = 0; d < ScaleSettings.Districts; d++)
            {
                campaign.Quotas.Add(new CampaignQuota
                {
                    CampaignId = campaign.Id,
                    OrgUnitId = ScaleUnits.DistrictId(d),
                    Households = ScaleSettings.Households / ScaleSettings.Districts,
                    Amount = 4_000_000m,
                });
            }
            foreach (var kind in Enum.GetValues<FundSourceKind>())
            {
                var (committed, spent) = grants.Charged(c, kind);
                campaign.FundSources.Add(new FundSource
                {
                    Id = FundSourceId(c, kind),
                    CampaignId = campaign.Id,
                    Kind = kind,
                    Name = kind switch
                    {
                        FundSourceKind.Allocation => $"全国总工会{Year(c)}年送温暖专项资金",
                        FundSourceKind.OwnFunds => "省总工会本级经费",
                        FundSourceKind.FiscalSubsidy => "省财政困难职工帮扶补助资金",
                        FundSourceKind.FundInterest => "困难职工帮扶基金利息",
                        _ => "社会爱心捐赠",
                    },
                    Donor = kind == FundSourceKind.Donation ? "浙江省职工服务基金会" : null,
                    // Every source covers what was charged to it with about a tenth to spare (专款专用).
                    Amount = Math.Ceiling((committed + spent) * 1.1m / 10_000m) * 10_000m + 10_000m,
                    ReceivedOn = StartsOn(c).AddDays((int)kind * 3),
                    Committed = committed,
                    Spent = spent,
                    Version = Guid.NewGuid(),
                });
            }
            yield return campaign;
        }
    }
}
