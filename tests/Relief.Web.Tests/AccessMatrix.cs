using Relief.Web.Tests.Infrastructure;
using static Relief.Web.Tests.Infrastructure.Expect;

namespace Relief.Web.Tests;

/// <summary>
/// Every page of the app and what each role gets when it opens it. <see cref="AccessMatrixTests"/> fails when a
/// page exists that is not listed here, so every new page must state its access for every role.
/// Url tokens in braces are resolved from the demo data (see <see cref="AccessMatrixFixture"/>).
/// </summary>
public static class AccessMatrix
{
    public sealed record Rule(string Page, string Url, Expect Anonymous, Expect Administrator, Expect Officer, Expect Chair, Expect Auditor)
    {
        public Expect For(string role) => role switch
        {
            "Anonymous" => Anonymous,
            "Administrator" => Administrator,
            "Officer" => Officer,
            "Chair" => Chair,
            "Auditor" => Auditor,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };
    }

    public static readonly IReadOnlyList<string> RoleNames = ["Anonymous", "Administrator", "Officer", "Chair", "Auditor"];

    public static readonly IReadOnlyList<Rule> Rules =
    [
        //   page                                   url                                           anon     admin      officer    chair      auditor
        new("/Index",                               "/",                                          SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Account/SignIn",                      "/Account/SignIn",                            Ok,      Ok,        Ok,        Ok,        Ok),
        new("/Account/SignOut",                     "/Account/SignOut",                           SignIn,  Redirect,  Redirect,  Redirect,  Redirect),
        new("/Setup",                               "/Setup",                                     NotFound, NotFound, NotFound,  NotFound,  NotFound),
        new("/Culture",                             "/Culture",                                   NotFound, NotFound, NotFound,  NotFound,  NotFound),
        new("/Error",                               "/Error",                                     Ok,      Ok,        Ok,        Ok,        Ok),
        new("/Administration/Units/Index",          "/Administration/Units",                      SignIn,  Ok,        Forbidden, Forbidden, Forbidden),
        new("/Administration/Units/Create",         "/Administration/Units/Create",               SignIn,  Ok,        Forbidden, Forbidden, Forbidden),
        new("/Administration/Units/Edit",           "/Administration/Units/Edit/{branchUnit}",    SignIn,  Ok,        Forbidden, Forbidden, Forbidden),
        new("/Administration/Users/Index",          "/Administration/Users",                      SignIn,  Ok,        Forbidden, Forbidden, Forbidden),
        new("/Administration/Users/Create",         "/Administration/Users/Create",               SignIn,  Ok,        Forbidden, Forbidden, Forbidden),
        new("/Administration/Users/Edit",           "/Administration/Users/Edit/{officerUser}",   SignIn,  Ok,        Forbidden, Forbidden, Forbidden),
        new("/Administration/AuditLog/Index",       "/Administration/AuditLog",                   SignIn,  Ok,        Forbidden, Forbidden, Ok),
        new("/Households/Index",                    "/Households",                                SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Households/Details",                  "/Households/Details/{household}",            SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Households/Create",                   "/Households/Create",                         SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Households/Edit",                     "/Households/Edit/{household}",               SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Households/Import",                   "/Households/Import",                         SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Surveys/Create",                      "/Surveys/Create?householdId={household}",    SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Surveys/Details",                     "/Surveys/Details/{survey}",                  SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Surveys/Drive",                       "/Surveys/Drive",                             SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Surveys/Priority",                    "/Surveys/Priority",                          SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Reports/Index",                      "/Reports",                                   SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Reports/Narrative",                  "/Reports/Narrative/{campaign}",              SignIn,  Forbidden, Forbidden, Ok,        Forbidden),
        new("/Visits/Index",                        "/Visits",                                    SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Visits/Create",                       "/Visits/Create",                             SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Visits/Details",                      "/Visits/Details/{visit}",                    SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Visits/NotReached",                   "/Visits/NotReached",                         SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Visits/Leaders",                      "/Visits/Leaders",                            SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Visits/Letters/Index",                "/Visits/Letters",                            SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Visits/Letters/Print",                "/Visits/Letters/Print?campaignId={campaign}&ids={household}", SignIn, Ok, Ok,   Ok,        Forbidden),
        new("/Notices/Index",                       "/Notices",                                   SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Notices/Create",                      "/Notices/Create",                            SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Notices/Details",                     "/Notices/Details/{notice}",                  SignIn,  Ok,        Ok,        Ok,        Ok),
        // The company's notice is outside the branch officer's scope: not found, not forbidden.
        new("/Notices/Print",                       "/Notices/{companyNotice}/Print",             SignIn,  Ok,        NotFound,  Ok,        Ok),
        new("/Objections/Index",                    "/Objections",                                SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Objections/Create",                   "/Objections/Create?noticeId={notice}",       SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Objections/Handle",                   "/Objections/Handle/{objection}",             SignIn,  Forbidden, Forbidden, Ok,        Forbidden),
        new("/Disbursements/Index",                 "/Disbursements",                             SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Disbursements/Pay",                   "/Disbursements/Pay",                         SignIn,  Redirect,  Redirect,  Redirect,  Forbidden),
        new("/Disbursements/SignOff",               "/Disbursements/SignOff?campaignId={campaign}", SignIn, Ok,       Ok,        Ok,        Ok),
        new("/Concerns/Index",                      "/Concerns",                                  SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Concerns/Create",                     "/Concerns/Create?householdId={household}",   SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Concerns/Details",                    "/Concerns/Details/{concern}",                SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Concerns/Edit",                       "/Concerns/Edit/{concern}",                   SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Hotline/Index",                       "/Hotline",                                   SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Hotline/Create",                      "/Hotline/Create",                            SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Hotline/Details",                     "/Hotline/Details/{call}",                    SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Hotline/Edit",                        "/Hotline/Edit/{call}",                       SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Hotline/ToConcern",                   "/Hotline/ToConcern/{call}",                  SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Hotline/ToApplication",               "/Hotline/ToApplication/{call}",              SignIn,  Ok,        Ok,        Ok,        Forbidden),
        // Everyone who may change things sees the settings; only the organizing union's people get a form (the page says why not).
        new("/Hotline/Settings",                    "/Hotline/Settings",                          SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Goods/Index",                         "/Goods",                                     SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Goods/Receipts",                      "/Goods/Receipts",                            SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Goods/Handouts",                      "/Goods/Handouts",                            SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Goods/Receive",                       "/Goods/Receive",                             SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Goods/HandOut",                       "/Goods/HandOut?stockId={stock}",             SignIn,  Ok,        Ok,        Ok,        Forbidden),
    ];
}
