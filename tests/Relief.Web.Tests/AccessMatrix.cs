using Relief.Web.Tests.Infrastructure;
using static Relief.Core.Features.Administration.Roles;
using static Relief.Web.Tests.Infrastructure.Expect;

namespace Relief.Web.Tests;

/// <summary>
/// Every page of the app and what each role gets when it opens it. <see cref="AccessMatrixTests"/> fails when a
/// page exists that is not listed here, so every new page must state its access. A page's named GET handlers
/// (downloads) get rows of their own: same page, a URL with <c>handler=</c>; each URL appears once.
/// Url tokens in braces are resolved from the demo data (see <see cref="AccessMatrixFixture"/>).
/// A row is a default for the signed-in roles plus the roles that differ (<see cref="RoleAnswers"/>), mostly one of
/// the two kinds below: adding a role means an entry in a kind, and on the few rows where it differs from the default.
/// </summary>
public static class AccessMatrix
{
    /// <summary>Someone not signed in: the sign-in page unless a row says otherwise.</summary>
    public const string Anonymous = RoleAnswers.Anonymous;

    public static readonly IReadOnlyList<string> RoleNames = RoleAnswers.Users;

    /// <summary>
    /// A page that enters or changes records: every role but the read-only ones. (A page every role reads is a row
    /// with no kind: the defaults.)
    /// </summary>
    public static readonly PageKind Writer = new() { [Auditor] = Forbidden };

    /// <summary>A default and the roles that differ from it, shared by many rows.</summary>
    public sealed class PageKind() : RoleAnswers(null);

    public sealed class Rule(string page, string url, PageKind? kind = null) : RoleAnswers(kind)
    {
        public string Page { get; } = page;
        public string Url { get; } = url;
    }

    /// <summary>A well-formed upload fingerprint (SHA-256 in hex) that no one uploaded.</summary>
    private const string NoUpload = "0000000000000000000000000000000000000000000000000000000000000000";

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new("/Index", "/"),
        new("/Account/SignIn", "/Account/SignIn") { [Anonymous] = Ok },
        new("/Account/SignOut", "/Account/SignOut") { Default = Redirect },
        new("/Setup", "/Setup") { Default = NotFound, [Anonymous] = NotFound },
        new("/Culture", "/Culture") { Default = NotFound, [Anonymous] = NotFound },
        new("/Error", "/Error") { [Anonymous] = Ok },
        new("/Administration/Units/Index", "/Administration/Units") { Default = Forbidden, [Administrator] = Ok },
        new("/Administration/Units/Create", "/Administration/Units/Create") { Default = Forbidden, [Administrator] = Ok },
        new("/Administration/Units/Edit", "/Administration/Units/Edit/{branchUnit}") { Default = Forbidden, [Administrator] = Ok },
        new("/Administration/Users/Index", "/Administration/Users") { Default = Forbidden, [Administrator] = Ok },
        new("/Administration/Users/Create", "/Administration/Users/Create") { Default = Forbidden, [Administrator] = Ok },
        new("/Administration/Users/Edit", "/Administration/Users/Edit/{officerUser}") { Default = Forbidden, [Administrator] = Ok },
        new("/Administration/AuditLog/Index", "/Administration/AuditLog") { Default = Forbidden, [Administrator] = Ok, [Auditor] = Ok },
        new("/Administration/Backups/Index", "/Administration/Backups") { Default = Forbidden, [Administrator] = Ok },
        // No such backup: the administrator is told so; the others may not ask.
        new("/Administration/Backups/Index", "/Administration/Backups?handler=Download&name=relief-backup-20000101T000000Z.zip") { Default = Forbidden, [Administrator] = NotFound },
        new("/Households/Index", "/Households"),
        new("/Households/Details", "/Households/Details/{household}"),
        new("/Households/Create", "/Households/Create", Writer),
        new("/Households/Edit", "/Households/Edit/{household}", Writer),
        new("/Households/Import", "/Households/Import", Writer),
        new("/Households/Import", "/Households/Import?handler=Template", Writer),
        new("/Households/Import", "/Households/Import?job=00000000-0000-0000-0000-000000000000") { Default = NotFound, [Auditor] = Forbidden },
        new("/Households/Import", "/Households/Import?handler=Progress&job=00000000-0000-0000-0000-000000000000") { Default = NotFound, [Auditor] = Forbidden },
        new("/Households/Import", "/Households/Import?handler=Problems&fingerprint=" + NoUpload) { Default = NotFound, [Auditor] = Forbidden },
        new("/Surveys/Create", "/Surveys/Create?householdId={household}", Writer),
        new("/Surveys/Details", "/Surveys/Details/{survey}"),
        new("/Surveys/Drive", "/Surveys/Drive"),
        new("/Surveys/Priority", "/Surveys/Priority"),
        new("/Reports/Index", "/Reports"),
        new("/Reports/Index", "/Reports?handler=Summary&campaignId={campaign}"),
        new("/Reports/Index", "/Reports?handler=SummaryWord&campaignId={campaign}"),
        new("/Reports/Index", "/Reports?handler=SummaryExcel&campaignId={campaign}"),
        new("/Reports/Narrative", "/Reports/Narrative/{campaign}") { Default = Forbidden, [Chair] = Ok },
        new("/Reports/Header", "/Reports/Header/{campaign}") { Default = Forbidden, [Chair] = Ok },
        new("/Reports/Photos", "/Reports/Photos/{campaign}") { Default = Forbidden, [Chair] = Ok },
        new("/Visits/Index", "/Visits"),
        new("/Visits/Create", "/Visits/Create", Writer),
        new("/Visits/Details", "/Visits/Details/{visit}"),
        new("/Visits/NotReached", "/Visits/NotReached"),
        new("/Visits/Leaders", "/Visits/Leaders"),
        new("/Visits/Letters/Index", "/Visits/Letters", Writer),
        new("/Visits/Letters/Print", "/Visits/Letters/Print?campaignId={campaign}&ids={household}", Writer),
        new("/Campaigns/Index", "/Campaigns"),
        new("/Campaigns/Create", "/Campaigns/Create", Writer),
        // The company organizes the demo campaign: a branch officer works in it but does not edit it (not found, as outside scope).
        new("/Campaigns/Edit", "/Campaigns/Edit/{campaign}", Writer) { [Officer] = NotFound },
        new("/Campaigns/Details", "/Campaigns/Details/{campaign}"),
        new("/Grants/Index", "/Grants"),
        new("/Grants/Details", "/Grants/Details/{grant}"),
        new("/Grants/Apply", "/Grants/Apply?householdId={household}&campaignId={campaign}", Writer),
        new("/Grants/Edit", "/Grants/Edit/{pendingGrant}", Writer),
        new("/Grants/Bulk", "/Grants/Bulk?campaignId={campaign}", Writer),
        new("/Visits/Letters/Print", "/Visits/Letters/Print?handler=Pdf&campaignId={campaign}&ids={household}", Writer),
        // A household outside the officer's scope gets no letter: back to the page, which says none is in scope.
        new("/Visits/Letters/Print", "/Visits/Letters/Print?handler=Pdf&campaignId={campaign}&ids={companyHousehold}", Writer) { [Officer] = Redirect },
        new("/Notices/Index", "/Notices"),
        new("/Notices/Create", "/Notices/Create", Writer),
        new("/Notices/Details", "/Notices/Details/{notice}"),
        // The company's notice is outside the branch officer's scope: not found, not forbidden.
        new("/Notices/Print", "/Notices/{companyNotice}/Print") { [Officer] = NotFound },
        new("/Notices/Print", "/Notices/{companyNotice}/Print?handler=Pdf") { [Officer] = NotFound },
        new("/Notices/Print", "/Notices/{notice}/Print?handler=Pdf"),
        new("/Objections/Index", "/Objections"),
        new("/Objections/Create", "/Objections/Create?noticeId={notice}", Writer),
        new("/Objections/Handle", "/Objections/Handle/{objection}") { Default = Forbidden, [Chair] = Ok },
        new("/Disbursements/Index", "/Disbursements"),
        new("/Disbursements/Pay", "/Disbursements/Pay", Writer) { Default = Redirect },
        new("/Disbursements/SignOff", "/Disbursements/SignOff?campaignId={campaign}"),
        new("/Disbursements/SignOff", "/Disbursements/SignOff?handler=Pdf&campaignId={campaign}&orgUnitId={branchUnit}"),
        new("/Disbursements/SignOff", "/Disbursements/SignOff?handler=Pdf&campaignId={campaign}&orgUnitId={companyUnit}") { [Officer] = NotFound },
        new("/BankPayments/Index", "/BankPayments?campaignId={campaign}"),
        new("/BankPayments/Details", "/BankPayments/Details/{batch}"),
        new("/BankPayments/Details", "/BankPayments/Details/{batch}?handler=Cover"),
        new("/BankPayments/Account", "/BankPayments/Account/{household}"),
        new("/BankPayments/Account", "/BankPayments/Account/{companyHousehold}") { [Officer] = NotFound },
        new("/BankPayments/Layouts", "/BankPayments/Layouts") { Default = Forbidden, [Administrator] = Ok },
        new("/BankPayments/LayoutEdit", "/BankPayments/LayoutEdit") { Default = Forbidden, [Administrator] = Ok },
        new("/Concerns/Index", "/Concerns"),
        new("/Concerns/Create", "/Concerns/Create?householdId={household}", Writer),
        new("/Concerns/Details", "/Concerns/Details/{concern}"),
        new("/Concerns/Edit", "/Concerns/Edit/{concern}", Writer),
        new("/ServiceEvents/Index", "/ServiceEvents"),
        new("/ServiceEvents/Create", "/ServiceEvents/Create", Writer),
        new("/ServiceEvents/Details", "/ServiceEvents/Details/{serviceEvent}"),
        new("/ServiceEvents/Edit", "/ServiceEvents/Edit/{serviceEvent}", Writer),
        new("/Pairing/Index", "/Pairing"),
        new("/Pairing/Create", "/Pairing/Create", Writer),
        new("/Pairing/Details", "/Pairing/Details/{pairing}"),
        new("/Pairing/Edit", "/Pairing/Edit/{pairing}", Writer),
        new("/Pairing/Record", "/Pairing/Record/{pairing}", Writer),
        new("/Dashboard/Index", "/Dashboard"),
        new("/Meetings/Index", "/Meetings"),
        new("/Meetings/Create", "/Meetings/Create", Writer),
        new("/Meetings/Details", "/Meetings/Details/{meeting}"),
        new("/Meetings/Edit", "/Meetings/Edit/{meeting}", Writer),
        new("/Hotline/Index", "/Hotline"),
        new("/Hotline/Create", "/Hotline/Create", Writer),
        new("/Hotline/Details", "/Hotline/Details/{call}"),
        new("/Hotline/Edit", "/Hotline/Edit/{call}", Writer),
        new("/Hotline/ToConcern", "/Hotline/ToConcern/{call}", Writer),
        new("/Hotline/ToApplication", "/Hotline/ToApplication/{call}", Writer),
        // Everyone who may change things sees the settings; only the organizing union's people get a form (the page says why not).
        new("/Hotline/Settings", "/Hotline/Settings", Writer),
        new("/Goods/Index", "/Goods"),
        new("/Goods/Receipts", "/Goods/Receipts"),
        new("/Goods/Handouts", "/Goods/Handouts"),
        new("/Goods/Receive", "/Goods/Receive", Writer),
        new("/Goods/HandOut", "/Goods/HandOut?stockId={stock}", Writer),
        new("/Attachments/Upload", "/Attachments/Upload?ownerKind=Household&ownerId={household}", Writer),
        new("/Attachments/Upload", "/Attachments/Upload?ownerKind=Grant&ownerId={grant}", Writer),
        new("/Attachments/Upload", "/Attachments/Upload?ownerKind=Visit&ownerId={visit}", Writer),
        // Outside the officer's scope: not found, as every record there is.
        new("/Attachments/Upload", "/Attachments/Upload?ownerKind=Household&ownerId={companyHousehold}", Writer) { [Officer] = NotFound },
        // No such file for anyone; AttachmentPagesTests opens real ones role by role.
        new("/Attachments/File", "/Attachments/File?id=0&variant=View") { Default = NotFound },
        new("/Attachments/Delete", "/Attachments/Delete/0") { Default = NotFound, [Auditor] = Forbidden },
        new("/Administration/AttachmentKinds/Index", "/Administration/AttachmentKinds") { Default = Forbidden, [Administrator] = Ok },
    ];

    /// <summary>
    /// A POST handler and what each role gets when it posts to it with the antiforgery token of its own session (a
    /// hand-made request from a role without the button). <see cref="HandlerRule.Fields"/> is a harmless body: an empty or invalid
    /// form the handler refuses with a message (200) or a record it does not find (404), so no row changes.
    /// </summary>
    public sealed class HandlerRule(string page, string handler, string url, string fields, PageKind? kind = null) : RoleAnswers(kind)
    {
        public string Page { get; } = page;
        public string Handler { get; } = handler;
        public string Url { get; } = url;
        public string Fields { get; } = fields;
    }

    /// <summary>The sections whose every POST handler must have a row in <see cref="Handlers"/>.</summary>
    public static readonly IReadOnlyList<string> HandlerSections = ["/Meetings", "/Dashboard", "/Administration/Backups"];

    public static readonly IReadOnlyList<HandlerRule> Handlers =
    [
        new("/Meetings/Create", "", "/Meetings/Create", "Input.CampaignId={campaign}", Writer),
        new("/Meetings/Create", "AddAttendee", "/Meetings/Create?handler=AddAttendee", "Input.CampaignId={campaign}", Writer),
        new("/Meetings/Edit", "", "/Meetings/Edit/{meeting}", "Input.Title=", Writer),
        new("/Meetings/Edit", "AddAttendee", "/Meetings/Edit/{meeting}?handler=AddAttendee", "", Writer),
        // Nothing ticked: refused with a message. No such application on the agenda: not found.
        new("/Meetings/Details", "Attach", "/Meetings/Details/{meeting}?handler=Attach", "", Writer),
        new("/Meetings/Details", "Detach", "/Meetings/Details/{meeting}?handler=Detach", "grantId=0", Writer) { Default = NotFound },
        // Decisions are the chair's alone, the administrator's included.
        new("/Meetings/Details", "Decide", "/Meetings/Details/{meeting}?handler=Decide", "grantId=0") { Default = Forbidden, [Chair] = NotFound },
        new("/Meetings/Details", "DecideAll", "/Meetings/Details/{meeting}?handler=DecideAll", "") { Default = Forbidden, [Chair] = Ok },
        // Back up now: the administrator's backup is taken (on a server, refused with a message) and the page shown again.
        new("/Administration/Backups/Index", "Backup", "/Administration/Backups?handler=Backup", "") { Default = Forbidden, [Administrator] = Redirect },
        // No file: the form comes back with a message. No such paper: not found. The auditor reads only.
        new("/Attachments/Upload", "", "/Attachments/Upload?ownerKind=Household&ownerId={household}", "Form.KindId=1", Writer),
        new("/Attachments/Delete", "", "/Attachments/Delete/0", "Input.Reason=x") { Default = NotFound, [Auditor] = Forbidden },
        // An empty name is refused with a message; only the administrator keeps the list.
        new("/Administration/AttachmentKinds/Index", "AddKind", "/Administration/AttachmentKinds?handler=AddKind", "NewKind.Name=") { Default = Forbidden, [Administrator] = Ok },
        new("/Administration/AttachmentKinds/Index", "Require", "/Administration/AttachmentKinds?handler=Require", "NewRequirement.KindId=0") { Default = Forbidden, [Administrator] = Ok },
    ];
}
