namespace Relief.Web.Hosting;

/// <summary>
/// The main navigation, in the order of UI.md. An entry appears only when the page exists and the user's role
/// passes its policy; later features add their entries here.
/// </summary>
public static class NavigationMenu
{
    public sealed record Entry(string LabelKey, string Page, string Policy, string Section);

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("Nav.Dashboard", "/Dashboard/Index", Policies.Read, "/Dashboard"),
        new("Nav.Households", "/Households/Index", Policies.Read, "/Households"),
        new("Nav.Surveys", "/Surveys/Drive", Policies.Read, "/Surveys"),
        new("Nav.Campaigns", "/Campaigns/Index", Policies.Read, "/Campaigns"),
        new("Nav.Grants", "/Grants/Index", Policies.Read, "/Grants"),
        new("Nav.Notices", "/Notices/Index", Policies.Read, "/Notices"),
        new("Nav.Disbursements", "/Disbursements/Index", Policies.Read, "/Disbursements"),
        new("Nav.Visits", "/Visits/Index", Policies.Read, "/Visits"),
        new("Nav.Outreach", "/ServiceEvents/Index", Policies.Read, "/ServiceEvents"),
        new("Nav.Concerns", "/Concerns/Index", Policies.Read, "/Concerns"),
        new("Nav.Reports", "/Reports/Index", Policies.Read, "/Reports"),
        new("Nav.Administration", "/Administration/Units/Index", Policies.Administer, "/Administration"),
        new("Nav.AuditLog", "/Administration/AuditLog/Index", Policies.ReadAuditLog, "/Administration/AuditLog"),
    ];

    /// <summary>
    /// Pages that belong to another entry's section: the home page under 工作台, the committee meetings under
    /// 补助审批 (UI.md: applications and committee meetings are one entry), donated goods and bank payment batches (银行代发) under 发放, pairing beside
    /// the service events under 帮扶服务, and the hotline's calls under 诉求跟踪. One line of entries fits a 1280 px
    /// screen; each section's pages link to each other in their tabs.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SectionOf = new Dictionary<string, string>
    {
        ["/Index"] = "/Dashboard",
        ["/Meetings"] = "/Grants",
        ["/Goods"] = "/Disbursements",
        ["/BankPayments"] = "/Disbursements",
        ["/Pairing"] = "/ServiceEvents",
        ["/Hotline"] = "/Concerns",
    };

    /// <summary>Whether the entry is the current page's section (the layout marks it with aria-current).</summary>
    public static bool IsActive(Entry entry, string currentPage)
    {
        var section = SectionOf.FirstOrDefault(s => InSection(currentPage, s.Key)).Value;
        return InSection(currentPage, entry.Section) || (section is not null && section == entry.Section);
    }

    private static bool InSection(string page, string section) =>
        page == section || page.StartsWith(section + "/", StringComparison.Ordinal);
}
