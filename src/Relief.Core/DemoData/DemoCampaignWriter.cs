using Relief.Core.Data;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;

namespace Relief.Core.DemoData;

/// <summary>This year's campaign (active) and last year's (closed), with standards, quotas and fund sources.</summary>
public sealed class DemoCampaignWriter(ReliefDbContext db, DemoUnits units)
{
    public const string Theme = "进千家门、知千家情、解千家难、暖千家心";

    public async Task<(Campaign Previous, Campaign Current)> WriteAsync(CancellationToken ct)
    {
        var previous = new Campaign
        {
            Name = "2020年元旦春节送温暖活动",
            Year = 2020,
            Season = Season.NewYearSpringFestival,
            Theme = Theme,
            DirectiveReference = "丽电工〔2019〕31号",
            StartsOn = new DateOnly(2019, 12, 16),
            EndsOn = new DateOnly(2020, 1, 22),
            OrgUnitId = units.Company.Id,
            Status = CampaignStatus.Closed,
            CreatedAt = DemoDates.Stamp(new DateOnly(2019, 12, 12)),
        };
        AddStandards(previous, 0.8m);
        previous.Quotas.Add(new CampaignQuota { OrgUnitId = units.LishuiBranch.Id, Households = 20, Amount = 30000m });
        previous.Quotas.Add(new CampaignQuota { OrgUnitId = units.SongyangBranch.Id, Households = 12, Amount = 18000m });
        previous.FundSources.Add(Fund(FundSourceKind.Allocation, "丽水市总工会2020年送温暖专项拨款", 40000m, new DateOnly(2019, 12, 20), note: "丽工〔2019〕52号"));
        previous.FundSources.Add(Fund(FundSourceKind.OwnFunds, "公司工会本级经费", 30000m, new DateOnly(2019, 12, 16)));

        var current = new Campaign
        {
            Name = "2021年元旦春节送温暖活动",
            Year = 2021,
            Season = Season.NewYearSpringFestival,
            Theme = Theme,
            DirectiveReference = "丽电工〔2020〕28号",
            StartsOn = new DateOnly(2020, 12, 15),
            EndsOn = new DateOnly(2021, 2, 10),
            OrgUnitId = units.Company.Id,
            Status = CampaignStatus.Active,
            CreatedAt = DemoDates.Stamp(new DateOnly(2020, 12, 10)),
        };
        AddStandards(current, 1m);
        current.Quotas.Add(new CampaignQuota { OrgUnitId = units.LishuiBranch.Id, Households = 32, Amount = 50000m });
        current.Quotas.Add(new CampaignQuota { OrgUnitId = units.SongyangBranch.Id, Households = 20, Amount = 30000m });
        current.FundSources.Add(Fund(FundSourceKind.Allocation, "丽水市总工会送温暖专项拨款", 60000m, new DateOnly(2020, 12, 20), note: "丽工〔2020〕45号"));
        current.FundSources.Add(Fund(FundSourceKind.OwnFunds, "公司工会本级经费", 40000m, new DateOnly(2020, 12, 15)));
        current.FundSources.Add(Fund(FundSourceKind.FiscalSubsidy, "丽水市财政困难职工帮扶补贴", 30000m, new DateOnly(2021, 1, 5)));
        current.FundSources.Add(Fund(FundSourceKind.Donation, "爱心企业定向捐赠", 20000m, new DateOnly(2021, 1, 8),
            donor: "浙江绿谷电力设备有限公司", note: "定向用于大病救助"));

        db.Campaigns.AddRange(previous, current);
        await db.SaveChangesAsync(ct);
        return (previous, current);
    }

    /// <summary>One standard per category for its usual grant kind, and a 物资慰问 standard for the parcel.</summary>
    private static void AddStandards(Campaign campaign, decimal factor)
    {
        foreach (var profile in DemoCatalog.Profiles)
        {
            campaign.Standards.Add(new CampaignStandard
            {
                Category = profile.Category,
                Kind = profile.GrantKind,
                Amount = Math.Round(profile.Standard * factor / 100m, MidpointRounding.AwayFromZero) * 100m,
            });
        }
        foreach (var category in DemoCatalog.InKindCategories)
            campaign.Standards.Add(new CampaignStandard { Category = category, Kind = GrantKind.InKind, Amount = DemoCatalog.InKindStandard });
    }

    private static FundSource Fund(FundSourceKind kind, string name, decimal amount, DateOnly receivedOn, string? donor = null, string? note = null) =>
        new() { Kind = kind, Name = name, Amount = amount, ReceivedOn = receivedOn, Donor = donor, Note = note };
}
