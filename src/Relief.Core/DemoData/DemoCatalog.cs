using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.DemoData;

/// <summary>The words the demo data is made of: names, places and the customary phrasing of the files.</summary>
public static class DemoCatalog
{
    public const string LishuiRegion = "丽水";
    public const string SongyangRegion = "松阳";
    public const string SuichangRegion = "遂昌";

    public static readonly IReadOnlyList<string> Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "吴", "周", "徐", "叶", "潘", "蓝", "雷", "钟", "毛", "朱", "胡", "郑", "金", "何", "季", "应", "鲍", "项", "留", "林", "程"];

    public static readonly IReadOnlyList<string> MaleGivenNames =
        ["建国", "国平", "志强", "伟", "军", "海涛", "立新", "永明", "建华", "卫东", "春生", "国庆", "忠良", "德明", "明华", "旭东", "林峰", "小军", "文斌", "金水", "土根", "寿昌", "德富", "跃进"];

    public static readonly IReadOnlyList<string> FemaleGivenNames =
        ["丽娟", "秀英", "美华", "红梅", "玉兰", "素芳", "雪琴", "桂英", "小燕", "月娥", "春燕", "爱华", "彩霞", "亚芬", "慧敏", "翠英", "金花", "丽萍"];

    /// <summary>Names with characters outside the common set, so every screen and the PDF are tried with them.</summary>
    public static readonly IReadOnlyList<(string Name, bool IsMale)> RareNames = [("王喆", true), ("叶堃", true), ("蓝淼", false)];

    public static string RegionCode(string region) => region switch
    {
        SongyangRegion => "331124",
        SuichangRegion => "331123",
        _ => "331102",
    };

    public static readonly IReadOnlyList<(string Address, bool IsRemote)> LishuiAddresses =
    [
        ("丽水市莲都区紫金街道丽阳街88号", false), ("丽水市莲都区岩泉街道万象街126号", false), ("丽水市莲都区白云街道花园路15号", false),
        ("丽水市莲都区碧湖镇新合村", false), ("丽水市莲都区老竹畲族镇沙溪村", true), ("丽水市莲都区峰源乡上塘畈村", true),
    ];

    public static readonly IReadOnlyList<(string Address, bool IsRemote)> SongyangAddresses =
    [
        ("松阳县西屏街道长松路20号", false), ("松阳县西屏街道紫荆路9号", false), ("松阳县古市镇山下阳村", false),
        ("松阳县水南街道新兴路41号", false), ("松阳县玉岩镇大岭根村", true), ("松阳县枫坪乡沿坑岭头村", true),
    ];

    public static readonly IReadOnlyList<(string Address, bool IsRemote)> SuichangAddresses =
    [
        ("遂昌县妙高街道北街32号", false), ("遂昌县云峰街道中山路75号", false), ("遂昌县湖山乡红星坪村", true), ("遂昌县王村口镇桥西村", true),
    ];

    public static readonly IReadOnlyList<string> LishuiWorkplaces = ["丽水供电公司运维检修部", "丽水供电公司营销部（客户服务中心）", "莲都区供电分公司", "丽水供电公司后勤服务中心"];
    public static readonly IReadOnlyList<string> SuichangWorkplaces = ["遂昌县供电分公司", "遂昌供电公司妙高供电所"];
    public static readonly IReadOnlyList<string> SongyangWorkplaces = ["松阳县供电分公司", "松阳供电公司古市供电所", "松阳供电公司西屏供电所"];
    public const string RetiredWorkplace = "浙江丽水电力有限公司（已退休）";

    public static readonly IReadOnlyList<DemoCategoryProfile> Profiles =
    [
        new(HouseholdCategory.HardshipEmployee, HardshipLevel.General, HeadOfHouseholdKind.Employee,
            "配偶无固定工作，家庭收入低", null, GrantKind.HardshipSubsidy, 1000m, null, "家庭人均收入低于当地最低生活保障标准"),
        new(HouseholdCategory.ExtremeHardshipEmployee, HardshipLevel.Extreme, HeadOfHouseholdKind.Employee,
            "本人患病不能正常工作，配偶下岗，子女就学", "本人患糖尿病并发症，需长期服药", GrantKind.HardshipSubsidy, 2000m, null, "特困职工，家庭生活十分困难"),
        new(HouseholdCategory.SeriousIllness, HardshipLevel.Extreme, HeadOfHouseholdKind.Employee,
            "配偶患尿毒症长期透析，医疗费用负担重", "配偶患尿毒症，每周透析三次，年自费医疗费用约6万元", GrantKind.SeriousIllnessAid, 3000m,
            HouseholdCategory.HardshipEmployee, "因病致贫，医疗支出大"),
        new(HouseholdCategory.SingleParent, HardshipLevel.General, HeadOfHouseholdKind.Employee,
            "离异，独自抚养未成年子女", null, GrantKind.HardshipSubsidy, 1000m, HouseholdCategory.HardshipEmployee, "单亲家庭，独自抚养未成年子女"),
        new(HouseholdCategory.MartyrFamily, HardshipLevel.None, HeadOfHouseholdKind.Employee,
            "配偶因公殉职，独自赡养老人", null, GrantKind.HolidayCondolence, 1000m, null, "公亡职工家属节日慰问"),
        new(HouseholdCategory.Silicosis, HardshipLevel.General, HeadOfHouseholdKind.Retiree,
            "二期矽肺病，丧失劳动能力", "二期矽肺病，活动后气促，需长期吸氧治疗", GrantKind.SeriousIllnessAid, 1500m, null, "矽肺病患者节日慰问及医疗补助"),
        new(HouseholdCategory.RetiredCadre, HardshipLevel.None, HeadOfHouseholdKind.Retiree,
            "离休干部，年事已高", "高血压、冠心病", GrantKind.HolidayCondolence, 1000m, null, "离休干部节日慰问"),
        new(HouseholdCategory.Retiree, HardshipLevel.None, HeadOfHouseholdKind.Retiree,
            "退休职工，年老体弱", null, GrantKind.HolidayCondolence, 500m, null, "退休老同志节日慰问"),
        new(HouseholdCategory.ModelWorker, HardshipLevel.None, HeadOfHouseholdKind.Employee,
            "省级劳动模范，节日走访慰问", null, GrantKind.HolidayCondolence, 800m, null, "劳动模范节日慰问"),
        new(HouseholdCategory.MigrantWorker, HardshipLevel.General, HeadOfHouseholdKind.Employee,
            "外包施工队农民工，家有老人需赡养，收入不稳定", null, GrantKind.HardshipSubsidy, 800m, null, "困难农民工帮扶"),
        new(HouseholdCategory.Disabled, HardshipLevel.General, HeadOfHouseholdKind.Employee,
            "本人肢体残疾，收入低", "肢体残疾三级", GrantKind.HardshipSubsidy, 1000m, HouseholdCategory.HardshipEmployee, "残疾职工家庭困难补助"),
        new(HouseholdCategory.Hospitalised, HardshipLevel.General, HeadOfHouseholdKind.Employee,
            "因病住院手术，医疗费用支出大", "腰椎间盘突出手术，住院二十天", GrantKind.Emergency, 1000m, null, "伤病住院临时救助"),
        new(HouseholdCategory.UnionCadre, HardshipLevel.General, HeadOfHouseholdKind.Employee,
            "基层工会干部，配偶患病，家庭困难", null, GrantKind.HardshipSubsidy, 1000m, HouseholdCategory.HardshipEmployee, "困难工会干部帮扶"),
        new(HouseholdCategory.AidedStudent, HardshipLevel.General, HeadOfHouseholdKind.Employee,
            "子女考入大学，学费负担重", null, GrantKind.StudentAid, 2000m, HouseholdCategory.HardshipEmployee, "困难职工子女助学"),
    ];

    public static DemoCategoryProfile ProfileOf(HouseholdCategory category) => Profiles.Single(p => p.Category == category);

    /// <summary>The in-kind parcel of the season: 米、面、油 (name, unit, quantity, unit value).</summary>
    public static readonly IReadOnlyList<(string Name, string Unit, decimal Quantity, decimal UnitValue)> HolidayParcel =
        [("米", "袋", 2m, 65m), ("面", "袋", 1m, 45m), ("油", "桶", 1m, 89m)];

    /// <summary>Categories that also get a 物资慰问 standard.</summary>
    public static readonly IReadOnlyList<HouseholdCategory> InKindCategories =
        [HouseholdCategory.HardshipEmployee, HouseholdCategory.ExtremeHardshipEmployee, HouseholdCategory.SeriousIllness, HouseholdCategory.SingleParent, HouseholdCategory.Retiree];

    public const decimal InKindStandard = 300m;
}
