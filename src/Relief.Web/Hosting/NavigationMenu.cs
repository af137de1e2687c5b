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
        new("Nav.Dashboard", "/Index", Policies.Read, "/Index"),
        new("Nav.Households", "/Households/Index", Policies.Read, "/Households"),
        new("Nav.Surveys", "/Surveys/Drive", Policies.Read, "/Surveys"),
        new("Nav.Notices", "/Notices/Index", Policies.Read, "/Notices"),
        new("Nav.Disbursements", "/Disbursements/Index", Policies.Read, "/Disbursements"),
        new("Nav.Goods", "/Goods/Index", Policies.Read, "/Goods"),
        new("Nav.Visits", "/Visits/Index", Policies.Read, "/Visits"),
        new("Nav.Concerns", "/Concerns/Index", Policies.Read, "/Concerns"),
        new("Nav.Hotline", "/Hotline/Index", Policies.Read, "/Hotline"),
        new("Nav.Reports", "/Reports/Index", Policies.Read, "/Reports"),
        new("Nav.Administration", "/Administration/Units/Index", Policies.Administer, "/Administration"),
        new("Nav.AuditLog", "/Administration/AuditLog/Index", Policies.ReadAuditLog, "/Administration/AuditLog"),
    ];
}
