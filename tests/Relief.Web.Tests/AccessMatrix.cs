using Relief.Web.Tests.Infrastructure;
using static Relief.Web.Tests.Infrastructure.Expect;

namespace Relief.Web.Tests;

/// <summary>
/// Every page of the app and what each role gets when it opens it. <see cref="AccessMatrixTests"/> fails when a
/// page exists that is not listed here, so every new page must state its access for every role. A page's named GET
/// handlers (downloads) get rows of their own: same page, a URL with <c>handler=</c>; each URL appears once.
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

    /// <summary>A well-formed upload fingerprint (SHA-256 in hex) that no one uploaded.</summary>
    private const string NoUpload = "0000000000000000000000000000000000000000000000000000000000000000";

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
        new("/Households/Import",                   "/Households/Import?handler=Template",        SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Households/Import",                   "/Households/Import?job=00000000-0000-0000-0000-000000000000", SignIn, NotFound, NotFound, NotFound, Forbidden),
        new("/Households/Import",                   "/Households/Import?handler=Progress&job=00000000-0000-0000-0000-000000000000", SignIn, NotFound, NotFound, NotFound, Forbidden),
        new("/Households/Import",                   "/Households/Import?handler=Problems&fingerprint=" + NoUpload, SignIn, NotFound, NotFound, NotFound, Forbidden),
        new("/Surveys/Create",                      "/Surveys/Create?householdId={household}",    SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Surveys/Details",                     "/Surveys/Details/{survey}",                  SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Surveys/Drive",                       "/Surveys/Drive",                             SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Surveys/Priority",                    "/Surveys/Priority",                          SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Reports/Index",                      "/Reports",                                   SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Reports/Index",                      "/Reports?handler=Summary&campaignId={campaign}", SignIn, Ok,       Ok,        Ok,        Ok),
        new("/Reports/Narrative",                  "/Reports/Narrative/{campaign}",              SignIn,  Forbidden, Forbidden, Ok,        Forbidden),
        new("/Visits/Index",                        "/Visits",                                    SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Visits/Create",                       "/Visits/Create",                             SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Visits/Details",                      "/Visits/Details/{visit}",                    SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Visits/NotReached",                   "/Visits/NotReached",                         SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Visits/Leaders",                      "/Visits/Leaders",                            SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Visits/Letters/Index",                "/Visits/Letters",                            SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Visits/Letters/Print",                "/Visits/Letters/Print?campaignId={campaign}&ids={household}", SignIn, Ok, Ok,   Ok,        Forbidden),
        new("/Campaigns/Index",                     "/Campaigns",                                 SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Campaigns/Create",                    "/Campaigns/Create",                          SignIn,  Ok,        Ok,        Ok,        Forbidden),
        // The company organizes the demo campaign: a branch officer works in it but does not edit it (not found, as outside scope).
        new("/Campaigns/Edit",                      "/Campaigns/Edit/{campaign}",                 SignIn,  Ok,        NotFound,  Ok,        Forbidden),
        new("/Campaigns/Details",                   "/Campaigns/Details/{campaign}",              SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Grants/Index",                        "/Grants",                                    SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Grants/Details",                      "/Grants/Details/{grant}",                    SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Grants/Apply",                        "/Grants/Apply?householdId={household}&campaignId={campaign}", SignIn, Ok, Ok, Ok,  Forbidden),
        new("/Grants/Edit",                         "/Grants/Edit/{pendingGrant}",                SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Grants/Bulk",                         "/Grants/Bulk?campaignId={campaign}",         SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Visits/Letters/Print",                "/Visits/Letters/Print?handler=Pdf&campaignId={campaign}&ids={household}", SignIn, Ok, Ok, Ok, Forbidden),
        // A household outside the officer's scope gets no letter: back to the page, which says none is in scope.
        new("/Visits/Letters/Print",                "/Visits/Letters/Print?handler=Pdf&campaignId={campaign}&ids={companyHousehold}", SignIn, Ok, Redirect, Ok, Forbidden),
        new("/Notices/Index",                       "/Notices",                                   SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Notices/Create",                      "/Notices/Create",                            SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Notices/Details",                     "/Notices/Details/{notice}",                  SignIn,  Ok,        Ok,        Ok,        Ok),
        // The company's notice is outside the branch officer's scope: not found, not forbidden.
        new("/Notices/Print",                       "/Notices/{companyNotice}/Print",             SignIn,  Ok,        NotFound,  Ok,        Ok),
        new("/Notices/Print",                       "/Notices/{companyNotice}/Print?handler=Pdf", SignIn,  Ok,        NotFound,  Ok,        Ok),
        new("/Notices/Print",                       "/Notices/{notice}/Print?handler=Pdf",        SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Objections/Index",                    "/Objections",                                SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Objections/Create",                   "/Objections/Create?noticeId={notice}",       SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Objections/Handle",                   "/Objections/Handle/{objection}",             SignIn,  Forbidden, Forbidden, Ok,        Forbidden),
        new("/Disbursements/Index",                 "/Disbursements",                             SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Disbursements/Pay",                   "/Disbursements/Pay",                         SignIn,  Redirect,  Redirect,  Redirect,  Forbidden),
        new("/Disbursements/SignOff",               "/Disbursements/SignOff?campaignId={campaign}", SignIn, Ok,       Ok,        Ok,        Ok),
        new("/Disbursements/SignOff",               "/Disbursements/SignOff?handler=Pdf&campaignId={campaign}&orgUnitId={branchUnit}", SignIn, Ok, Ok, Ok, Ok),
        new("/Disbursements/SignOff",               "/Disbursements/SignOff?handler=Pdf&campaignId={campaign}&orgUnitId={companyUnit}", SignIn, Ok, NotFound, Ok, Ok),
        new("/Concerns/Index",                      "/Concerns",                                  SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Concerns/Create",                     "/Concerns/Create?householdId={household}",   SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Concerns/Details",                    "/Concerns/Details/{concern}",                SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Concerns/Edit",                       "/Concerns/Edit/{concern}",                   SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/ServiceEvents/Index",                 "/ServiceEvents",                             SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/ServiceEvents/Create",                "/ServiceEvents/Create",                      SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/ServiceEvents/Details",               "/ServiceEvents/Details/{serviceEvent}",      SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/ServiceEvents/Edit",                  "/ServiceEvents/Edit/{serviceEvent}",         SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Pairing/Index",                       "/Pairing",                                   SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Pairing/Create",                      "/Pairing/Create",                            SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Pairing/Details",                     "/Pairing/Details/{pairing}",                 SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Pairing/Edit",                        "/Pairing/Edit/{pairing}",                    SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Pairing/Record",                      "/Pairing/Record/{pairing}",                  SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Dashboard/Index",                     "/Dashboard",                                 SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Meetings/Index",                      "/Meetings",                                  SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Meetings/Create",                     "/Meetings/Create",                           SignIn,  Ok,        Ok,        Ok,        Forbidden),
        new("/Meetings/Details",                    "/Meetings/Details/{meeting}",                SignIn,  Ok,        Ok,        Ok,        Ok),
        new("/Meetings/Edit",                       "/Meetings/Edit/{meeting}",                   SignIn,  Ok,        Ok,        Ok,        Forbidden),
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

    /// <summary>
    /// A POST handler and what each role gets when it posts to it with the antiforgery token of its own session (a
    /// hand-made request from a role without the button). <see cref="Fields"/> is a harmless body: an empty or invalid
    /// form the handler refuses with a message (200) or a record it does not find (404), so no row changes.
    /// </summary>
    public sealed record HandlerRule(string Page, string Handler, string Url, string Fields, Expect Anonymous, Expect Administrator, Expect Officer, Expect Chair, Expect Auditor)
    {
        public Expect For(string role) => new Rule(Page, Url, Anonymous, Administrator, Officer, Chair, Auditor).For(role);
    }

    /// <summary>The sections whose every POST handler must have a row in <see cref="Handlers"/>.</summary>
    public static readonly IReadOnlyList<string> HandlerSections = ["/Meetings", "/Dashboard"];

    public static readonly IReadOnlyList<HandlerRule> Handlers =
    [
        //   page                  handler         url                                               fields                                anon    admin      officer    chair      auditor
        new("/Meetings/Create",    "",             "/Meetings/Create",                               "Input.CampaignId={campaign}",        SignIn, Ok,        Ok,        Ok,        Forbidden),
        new("/Meetings/Create",    "AddAttendee",  "/Meetings/Create?handler=AddAttendee",           "Input.CampaignId={campaign}",        SignIn, Ok,        Ok,        Ok,        Forbidden),
        new("/Meetings/Edit",      "",             "/Meetings/Edit/{meeting}",                       "Input.Title=",                       SignIn, Ok,        Ok,        Ok,        Forbidden),
        new("/Meetings/Edit",      "AddAttendee",  "/Meetings/Edit/{meeting}?handler=AddAttendee",   "",                                   SignIn, Ok,        Ok,        Ok,        Forbidden),
        // Nothing ticked: refused with a message. No such application on the agenda: not found.
        new("/Meetings/Details",   "Attach",       "/Meetings/Details/{meeting}?handler=Attach",     "",                                   SignIn, Ok,        Ok,        Ok,        Forbidden),
        new("/Meetings/Details",   "Detach",       "/Meetings/Details/{meeting}?handler=Detach",     "grantId=0",                          SignIn, NotFound,  NotFound,  NotFound,  Forbidden),
        // Decisions are the chair's alone, the administrator's included.
        new("/Meetings/Details",   "Decide",       "/Meetings/Details/{meeting}?handler=Decide",     "grantId=0",                          SignIn, Forbidden, Forbidden, NotFound,  Forbidden),
        new("/Meetings/Details",   "DecideAll",    "/Meetings/Details/{meeting}?handler=DecideAll",  "",                                   SignIn, Forbidden, Forbidden, Ok,        Forbidden),
    ];
}
