namespace Relief.Benchmarks.Scale;

/// <summary>Words the province-sized data is made of, beyond the demo catalog: districts, companies, name characters.</summary>
internal static class ScaleCatalog
{
    public const string ProvinceName = "浙江省总工会";

    /// <summary>Fifty city districts and counties of Zhejiang: city, district and the region code of their ID numbers.</summary>
    public static readonly IReadOnlyList<(string City, string District, string RegionCode)> Districts =
    [
        ("杭州市", "上城区", "330102"), ("杭州市", "拱墅区", "330105"), ("杭州市", "西湖区", "330106"), ("杭州市", "滨江区", "330108"),
        ("杭州市", "萧山区", "330109"), ("杭州市", "余杭区", "330110"), ("杭州市", "富阳区", "330111"), ("杭州市", "桐庐县", "330122"),
        ("杭州市", "淳安县", "330127"), ("杭州市", "建德市", "330182"),
        ("宁波市", "海曙区", "330203"), ("宁波市", "江北区", "330205"), ("宁波市", "北仑区", "330206"), ("宁波市", "镇海区", "330211"),
        ("宁波市", "鄞州区", "330212"), ("宁波市", "象山县", "330225"), ("宁波市", "宁海县", "330226"), ("宁波市", "余姚市", "330281"),
        ("宁波市", "慈溪市", "330282"),
        ("温州市", "鹿城区", "330302"), ("温州市", "龙湾区", "330303"), ("温州市", "瓯海区", "330304"), ("温州市", "永嘉县", "330324"),
        ("温州市", "瑞安市", "330381"), ("温州市", "乐清市", "330382"),
        ("嘉兴市", "南湖区", "330402"), ("嘉兴市", "秀洲区", "330411"), ("嘉兴市", "海宁市", "330481"), ("嘉兴市", "桐乡市", "330483"),
        ("湖州市", "吴兴区", "330502"), ("湖州市", "南浔区", "330503"), ("湖州市", "德清县", "330521"), ("湖州市", "长兴县", "330522"),
        ("绍兴市", "越城区", "330602"), ("绍兴市", "柯桥区", "330603"), ("绍兴市", "上虞区", "330604"), ("绍兴市", "诸暨市", "330681"),
        ("金华市", "婺城区", "330702"), ("金华市", "金东区", "330703"), ("金华市", "义乌市", "330782"), ("金华市", "东阳市", "330783"),
        ("衢州市", "柯城区", "330802"), ("衢州市", "衢江区", "330803"),
        ("舟山市", "定海区", "330902"),
        ("台州市", "椒江区", "331002"), ("台州市", "黄岩区", "331003"), ("台州市", "路桥区", "331004"),
        ("丽水市", "莲都区", "331102"), ("丽水市", "遂昌县", "331123"), ("丽水市", "松阳县", "331124"),
    ];

    /// <summary>The eight kinds of employer whose unions make up a district.</summary>
    public static readonly IReadOnlyList<string> Employers =
        ["供电公司", "自来水有限公司", "公交集团", "人民医院", "建设集团有限公司", "纺织有限公司", "机械制造有限公司", "食品有限公司"];

    public static readonly IReadOnlyList<string> Streets =
        ["人民路", "解放路", "中山路", "建设路", "新华路", "文化路", "环城路", "江滨路", "工业路", "学院路", "和平路", "东风路"];

    public static readonly IReadOnlyList<string> Villages = ["山下村", "岭头村", "溪口村", "上塘村", "大岭根村", "沙溪村"];

    /// <summary>Given-name characters: two of them make a name when the demo catalog's given names are not used.</summary>
    public const string GivenNameCharacters =
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞建国志文斌海波宁凤云林琳雪慧颖佳辉俊峰晨浩宇欣怡婷";

    public static readonly IReadOnlyList<string> VisitorNames =
        ["陈国华", "王建平", "李秀珍", "张卫东", "刘晓燕", "杨志刚", "黄美玲", "周立新", "吴丽娟", "徐海涛", "孙红英", "马永明"];

    public static readonly IReadOnlyList<string> LeaderTitles = ["公司总经理", "公司党委书记", "公司副总经理", "区总工会主席"];
}
