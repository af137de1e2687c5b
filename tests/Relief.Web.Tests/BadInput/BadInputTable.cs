namespace Relief.Web.Tests.BadInput;

/// <summary>
/// The bad inputs the product is tried with, one row each: the area, the form it is typed into, the field, what is
/// typed, and the message the person must read (a whole sentence, or the part of it that does not depend on the
/// records). Words in braces are filled in at run time from the records and the calendar: {today}, {tomorrow},
/// {yesterday}, {campaignStart}, {campaignEnd}, {payableFrom}, {validId}, {idOnFile}, {long51} (see <see cref="BadInputRecords"/>).
/// </summary>
public static class BadInputTable
{
    private const string WholeFen = "精确到分，最多两位小数（如 100.55），多出的小数不会被四舍五入，请改正。";
    private const string NotADate = "不是一个有效的日期：请按“年-月-日”填写，如 2024-01-25，或从日历中选择。";
    private const string Future = "日期不能晚于今天。";
    private const string PhoneInvalid = "请填写11位手机号，或带区号的固定电话（如 0578-1234567）。";
    private const string NotAName = "只能由文字组成，少数民族和外国人姓名可用间隔号“·”分隔（如 阿依古丽·买买提），不能含数字、括号或其他符号；备注请写在别处。";
    public const string NotFound = "该记录不存在，或不在您所属工会的管理范围内。";
    private const string NotAllowed = "此页面不接受这种提交方式，没有做任何更改。请使用页面上的按钮或链接。";

    private static string NotANumber(string typed) => $"“{typed}”不是一个数字：请只填数字，可带千分位逗号、¥ 或“元”，最多两位小数，如 1,500.00。";

    public static TheoryData<string, string, string, string, string> Rows => new()
    {
        // ---- money: amounts exact to the fen, typed as people type them, nothing else ----
        { "money", "grant", "Input.CashAmount", "100.555", "现金金额" + WholeFen },
        { "money", "grant", "Input.CashAmount", "0.001", "现金金额" + WholeFen },
        { "money", "grant", "Input.CashAmount", "1,000.005", "现金金额" + WholeFen },
        { "money", "grant", "Input.CashAmount", "９９．９９９", "现金金额" + WholeFen },
        { "money", "grant", "Input.CashAmount", "1e3", NotANumber("1e3") },
        { "money", "grant", "Input.CashAmount", "1E3", NotANumber("1E3") },
        { "money", "grant", "Input.CashAmount", "NaN", NotANumber("NaN") },
        { "money", "grant", "Input.CashAmount", "Infinity", NotANumber("Infinity") },
        { "money", "grant", "Input.CashAmount", "一百", NotANumber("一百") },
        { "money", "grant", "Input.CashAmount", "1,50", NotANumber("1,50") },
        { "money", "grant", "Input.CashAmount", "1,,500", NotANumber("1,,500") },
        { "money", "grant", "Input.CashAmount", "12,34.5", NotANumber("12,34.5") },
        { "money", "grant", "Input.CashAmount", "1.2.3", NotANumber("1.2.3") },
        { "money", "grant", "Input.CashAmount", "0x10", NotANumber("0x10") },
        { "money", "grant", "Input.CashAmount", "--5", NotANumber("--5") },
        { "money", "grant", "Input.CashAmount", "¥", NotANumber("¥") },
        { "money", "grant", "Input.CashAmount", "100美元", NotANumber("100美元") },
        { "money", "grant", "Input.CashAmount", "$100", NotANumber("$100") },
        { "money", "grant", "Input.CashAmount", "1_000", NotANumber("1_000") },
        { "money", "grant", "Input.CashAmount", "½", NotANumber("½") },
        { "money", "grant", "Input.CashAmount", "-100", "现金金额应在 0 到 1000000 之间。" },
        { "money", "grant", "Input.CashAmount", "100000000", "现金金额应在 0 到 1000000 之间。" },
        { "money", "household", "Input.PerCapitaIncome", "12.345", "家庭人均月收入（元）" + WholeFen },
        { "money", "household", "Input.PerCapitaIncome", "-1", "家庭人均月收入（元）应在 0 到 1000000 之间。" },
        { "money", "household", "Input.PerCapitaIncome", "abc", NotANumber("abc") },
        { "money", "household", "Input.PerCapitaIncome", "1e3", NotANumber("1e3") },
        { "money", "survey", "Input.PerCapitaIncome", "12.345", "家庭人均月收入（元）" + WholeFen },
        { "money", "survey", "Input.PerCapitaIncome", "八百", NotANumber("八百") },
        { "money", "donation", "Donation.Amount", "500.555", "金额" + WholeFen },
        { "money", "donation", "Donation.Amount", "-500", "金额应大于 0。" },
        { "money", "donation", "Donation.Amount", "0", "金额应大于 0。" },
        { "money", "donation", "Donation.Amount", "五百元", NotANumber("五百元") },
        { "money", "goods", "Input.Value", "100.555", "折价金额（元）" + WholeFen },
        { "money", "goods", "Input.Value", "-1", "折价金额不能为负数；不清楚价值时填0。" },
        { "money", "goods", "Input.Quantity", "0", "数量必须大于0。" },
        { "money", "goods", "Input.Quantity", "1.2345", "数量最多保留3位小数。" },
        { "money", "goods", "Input.Quantity", "十袋", NotANumber("十袋") },
        { "money", "campaign", "Input.Standards[0].Amount", "300.555", "补助标准" + WholeFen },
        { "money", "campaign", "Input.Standards[0].Amount", "3e2", NotANumber("3e2") },

        // ---- dates: real days, in order, none in the future where a fact is recorded ----
        { "dates", "visit", "Input.VisitedOn", "{tomorrow}", Future },
        { "dates", "visit", "Input.VisitedOn", "2021-02-30", "“2021-02-30”" + NotADate },
        { "dates", "visit", "Input.VisitedOn", "明天", "“明天”" + NotADate },
        { "dates", "visit", "Input.VisitedOn", "12/7/2026", "“12/7/2026”" + NotADate },
        { "dates", "visit", "Input.VisitedOn", "20261207", "“20261207”" + NotADate },
        { "dates", "visit", "Input.VisitedOn", "", "请填写日期，如 2024-01-25。" },
        { "dates", "visit", "Input.VisitedOn", "{beforeCampaign}", "走访日期不在活动期间（{campaignStart}至{campaignEnd}）。如确属本活动，请填写原因后再次保存。" },
        { "dates", "survey", "Input.SurveyedOn", "{tomorrow}", Future },
        { "dates", "survey", "Input.SurveyedOn", "2026-13-01", "“2026-13-01”" + NotADate },
        { "dates", "survey", "Input.SurveyedOn", "", "请填写日期，如 2024-01-25。" },
        { "dates", "donation", "Donation.ReceivedOn", "{tomorrow}", Future },
        { "dates", "donation", "Donation.ReceivedOn", "上周五", "“上周五”" + NotADate },
        { "dates", "goods", "Input.ReceivedOn", "{tomorrow}", Future },
        { "dates", "goods", "Input.ReceivedOn", "2025-02-29", "“2025-02-29”" + NotADate },
        { "dates", "notice", "Input.PostedOn", "{tomorrow}", "公示日期不能晚于今天：公示日期就是公示张贴出来的那一天。" },
        { "dates", "notice", "Input.PostedOn", "{yesterday}", "公示日期就是张贴的当天（今天）。补录此前已张贴的纸质公示，须由工会主席填写补录原因。" },
        { "dates", "notice", "Input.EndsOn", "{yesterday}", "公示截止日期不能早于公示日期。" },
        { "dates", "notice", "Input.EndsOn", "{today}", "公示期至少 5 个工作日（周末和法定节假日不计，调休上班日计入），最早截止于 " },
        { "dates", "notice", "Input.EndsOn", "2026-04-31", "“2026-04-31”" + NotADate },
        { "dates", "payment", "PaidOn", "2000-01-01", "发放日期不能早于 {payableFrom}：公示期满后才可发放。" },
        { "dates", "payment", "PaidOn", "{tomorrow}", Future },
        { "dates", "payment", "PaidOn", "昨天", "发放日期：“昨天”" + NotADate + "未发放任何补助。" },
        { "dates", "campaign", "Input.EndsOn", "2027-05-31", "结束日期不能早于开始日期。" },
        { "dates", "campaign", "Input.StartsOn", "2027-06-31", "“2027-06-31”" + NotADate },
        { "dates", "hotline", "Input.CalledAt", "{tomorrow}T10:00", "来电时间不能晚于现在。" },
        { "dates", "hotline", "Input.CalledAt", "{yesterday}T25:00", "“{yesterday}T25:00”不是一个有效的日期和时间：请按“年-月-日 时:分”填写，如 2024-01-25 09:30，或从日历中选择。" },
        { "dates", "hotline", "Input.CalledAt", "昨天上午", "“昨天上午”不是一个有效的日期和时间：请按“年-月-日 时:分”填写，如 2024-01-25 09:30，或从日历中选择。" },
        { "dates", "hotline", "Input.CalledAt", "", "请填写日期和时间，如 2024-01-25 09:30。" },
        { "dates", "household", "Input.Members[0].BirthYear", "1850", "出生年份应在 1900 到 {thisYear} 之间。" },
        { "dates", "household", "Input.Members[0].BirthYear", "{nextYear}", "出生年份应在 1900 到 {thisYear} 之间。" },

        // ---- IDs: normalized first (spaces, full width), then checked, one message in the product's words ----
        { "ids", "household", "Input.IdNumber", "", "请填写身份证号。" },
        { "ids", "household", "Input.IdNumber", "3.30102E+17", "身份证号被 Excel 存成了数字（如 3.30102E+17），末尾几位已丢失。请把该列设为“文本”格式后重新填写。" },
        { "ids", "household", "Input.IdNumber", "331102790408417", "15位的旧身份证号已停止使用，请填写18位居民身份证号。" },
        { "ids", "household", "Input.IdNumber", "{validId:17}", "身份证号应为18位，这里是 17 位。" },
        { "ids", "household", "Input.IdNumber", "{validId}1", "身份证号应为18位，这里是 19 位。" },
        { "ids", "household", "Input.IdNumber", "33110219790408417A", "身份证号的前17位必须是数字，最后一位是数字或 X。" },
        { "ids", "household", "Input.IdNumber", "3311021979O408417X", "身份证号的前17位必须是数字，最后一位是数字或 X。" },
        { "ids", "household", "Input.IdNumber", "331102197904084<b>", "身份证号的前17位必须是数字，最后一位是数字或 X。" },
        { "ids", "household", "Input.IdNumber", "{region:00}", "身份证号的前两位“00”不是任何省、自治区、直辖市的代码，请核对是否输错。" },
        { "ids", "household", "Input.IdNumber", "{region:99}", "身份证号的前两位“99”不是任何省、自治区、直辖市的代码，请核对是否输错。" },
        { "ids", "household", "Input.IdNumber", "{region:10}", "身份证号的前两位“10”不是任何省、自治区、直辖市的代码，请核对是否输错。" },
        { "ids", "household", "Input.IdNumber", "{region:39}", "身份证号的前两位“39”不是任何省、自治区、直辖市的代码，请核对是否输错。" },
        { "ids", "household", "Input.IdNumber", "{birth:19790230}", "身份证号中的出生日期（第7至14位）不是真实的日期。" },
        { "ids", "household", "Input.IdNumber", "{birth:19791301}", "身份证号中的出生日期（第7至14位）不是真实的日期。" },
        { "ids", "household", "Input.IdNumber", "{birth:20991231}", "身份证号中的出生日期（第7至14位）不是真实的日期。" },
        { "ids", "household", "Input.IdNumber", "{wrongCheck}", "身份证号的校验位（最后一位）不正确，请核对是否输错。" },
        { "ids", "household", "Input.IdNumber", "{wrongCheck:spaced}", "身份证号的校验位（最后一位）不正确，请核对是否输错。" },
        { "ids", "household", "Input.IdNumber", "{wrongCheck:fullwidth}", "身份证号的校验位（最后一位）不正确，请核对是否输错。" },
        { "ids", "household", "Input.IdNumber", "{idOnFile}", "此人已在“{officerUnit}”建有档案，一人只能有一份档案。" },

        // ---- phones: mobile or landline with area code, spaces and full width forgiven ----
        { "phones", "household", "Input.Phone", "123", PhoneInvalid },
        { "phones", "household", "Input.Phone", "1395781234", PhoneInvalid },
        { "phones", "household", "Input.Phone", "139578123456", PhoneInvalid },
        { "phones", "household", "Input.Phone", "12957812345", PhoneInvalid },
        { "phones", "household", "Input.Phone", "abcdefghijk", PhoneInvalid },
        { "phones", "household", "Input.Phone", "0578-12", PhoneInvalid },
        { "phones", "household", "Input.Phone", "+1 202 555 0100", PhoneInvalid },
        { "phones", "household", "Input.Phone", "13957812345<script>", PhoneInvalid },
        { "phones", "household", "Input.Phone", "139５７８１２３４x", PhoneInvalid },
        { "phones", "hotline", "Input.CallerPhone", "110", PhoneInvalid },
        { "phones", "hotline", "Input.CallerPhone", "电话打不通", PhoneInvalid },
        { "phones", "user", "Input.PhoneNumber", "12345", PhoneInvalid },
        { "phones", "user", "Input.PhoneNumber", "=1+1", PhoneInvalid },

        // ---- names: a person's name as on the ID card, present and not too long ----
        { "names", "household", "Input.Name", "", "请填写姓名。" },
        { "names", "household", "Input.Name", "   ", "请填写姓名。" },
        { "names", "household", "Input.Name", "{long51}", "姓名最多 50 个字，这里有 51 个。" },
        { "names", "household", "Input.Name", "张三1", "姓名" + NotAName },
        { "names", "household", "Input.Name", "<b>李四</b>", "姓名" + NotAName },
        { "names", "household", "Input.Name", "王五（已故）", "姓名" + NotAName },
        { "names", "household", "Input.Name", "Robert'); DROP TABLE Households;--", "姓名" + NotAName },
        { "names", "household", "Input.Name", "=HYPERLINK(\"x\")", "姓名" + NotAName },
        { "names", "household", "Input.Members[0].Name", "", "请填写成员姓名。" },
        { "names", "household", "Input.Members[0].Name", "小明2", "姓名" + NotAName },
        { "names", "household", "Input.Members[0].Relation", "", "请填写与户主关系。" },
        { "names", "visit", "Input.Visitors[0].Name", "王局长#1", "姓名" + NotAName },
        { "names", "pairing", "Input.HelperName", "赵6", "帮扶人姓名" + NotAName },
        { "names", "user", "Input.DisplayName", "", "请填写姓名。" },
        { "names", "user", "Input.UserName", "张 三", "登录名只能包含英文字母、数字和 . _ @ -，不能有空格或汉字。" },
        { "names", "grant", "Input.Reason", "", "请填写申请理由。" },
        { "names", "hotline", "Input.CallerName", "王女士（139）", "来电人姓名" + NotAName },
        { "names", "user", "Input.DisplayName", "李明2", "姓名" + NotAName },

        // ---- handlers and methods: a request shape no page has is 404/405, never a 500 ----
        { "handlers", "handler", "POST", "/Households/Create?handler=Nope", NotFound },
        { "handlers", "handler", "GET", "/Households/Details/{household}?handler=Nope", NotFound },
        { "handlers", "handler", "POST", "/Households/Details/{household}?handler=Nope", NotFound },
        { "handlers", "handler", "POST", "/Campaigns/Details/{campaign}?handler=Nope", NotFound },
        { "handlers", "handler", "POST", "/Grants/Details/{grant}?handler=Nope", NotFound },
        { "handlers", "handler", "POST", "/Visits/Details/{visit}?handler=Nope", NotFound },
        { "handlers", "handler", "POST", "/Disbursements?handler=Nope", NotFound },
        { "handlers", "handler", "POST", "/Households/Import?handler=nope", NotFound },
        { "handlers", "handler", "POST", "/?handler=%3Cscript%3E", NotFound },
        { "handlers", "handler", "POST", "/Households/Details/{household}?handler=", NotAllowed },
        { "handlers", "handler", "PUT", "/Households/Create", NotAllowed },
        { "handlers", "handler", "DELETE", "/Grants/Details/{grant}", NotAllowed },
        { "handlers", "handler", "PATCH", "/Campaigns/Details/{campaign}", NotAllowed },

        // ---- files: the import takes an .xlsx in the template's shape, and says what is wrong with anything else ----
        { "files", "import", "upload", "empty", "文件是空的，没有可导入的内容。" },
        { "files", "import", "upload", "text", "无法读取：这不是 Excel（.xlsx）文件。" },
        { "files", "import", "upload", "png", "无法读取：这不是 Excel（.xlsx）文件。" },
        { "files", "import", "upload", "zip", "无法读取：这不是 Excel（.xlsx）文件。" },
        { "files", "import", "upload", "xls", "这是旧版 .xls 文件，请在 Excel 中“另存为” .xlsx 后再上传。" },
        { "files", "import", "upload", "too-large", "文件超过 10 MB，请拆分后分批导入。" },
        { "files", "import", "upload", "header-only", "表头下面没有数据行。" },
        { "files", "import", "upload", "unknown-header", "无法识别的表头“备注栏”，请使用模板中的表头。" },
        { "files", "import", "upload", "missing-column", "缺少必需的列“身份证号”。" },
        { "files", "import", "upload", "id-as-number", "身份证号被存成了数字" },
        { "files", "import", "upload", "unknown-category", "“贫困户”不是可识别的对象类别。" },
        { "files", "import", "upload", "unknown-unit", "找不到您管理范围内名为或代码为“火星分工会”的工会。" },
        { "files", "import", "upload", "bad-name", "姓名" + NotAName },
    };
}
