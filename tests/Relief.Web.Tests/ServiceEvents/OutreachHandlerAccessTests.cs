using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;
using static Relief.Web.Tests.Infrastructure.Expect;

namespace Relief.Web.Tests.ServiceEvents;

/// <summary>
/// The handlers of the service-event and pairing pages beside their GETs (which are in <see cref="AccessMatrix"/>): the
/// search-as-you-type answers and every post, for each role. Posts carry a valid antiforgery token, so the answer is
/// the authorization's, not the token check's.
/// </summary>
public sealed class OutreachHandlerAccessTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    public sealed record Rule(string Method, string Url, Expect Anonymous, Expect Officer, Expect Chair, Expect Auditor);

    public static readonly IReadOnlyList<Rule> Rules =
    [
        //       method  url                                                      anon    officer    chair      auditor
        new("GET",  "/ServiceEvents/Create?handler=Households&term=王",          SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/ServiceEvents/Create?handler=Search",                      SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/ServiceEvents/Create",                                     SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/ServiceEvents/Edit/{serviceEvent}",                        SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/ServiceEvents/Edit/{serviceEvent}?handler=Search",         SignIn, Ok,        Ok,        Forbidden),
        new("GET",  "/Pairing/Create?handler=Households&term=王",                SignIn, Ok,        Ok,        Forbidden),
        new("GET",  "/Pairing/Edit/{pairing}?handler=Households&term=王",        SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/Pairing/Create?handler=Search",                            SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/Pairing/Create",                                           SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/Pairing/Edit/{pairing}",                                   SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/Pairing/Edit/{pairing}?handler=Search",                    SignIn, Ok,        Ok,        Forbidden),
        new("POST", "/Pairing/Record/{pairing}",                                 SignIn, Ok,        Ok,        Forbidden),
        // The company's event is outside the branch officer's scope.
        new("POST", "/ServiceEvents/Edit/{companyEvent}",                        SignIn, NotFound,  Ok,        Forbidden),
    ];

    public static TheoryData<int, string> Cells()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Rules.Count; i++)
        foreach (var role in new[] { "Anonymous", "Officer", "Chair", "Auditor" })
            data.Add(i, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_gets_the_answer_the_rule_states(int index, string role)
    {
        var rule = Rules[index];
        var companyEvent = await fixture.Factory.QueryAsync(async db =>
        {
            var company = await db.OrgUnits.Where(u => u.ParentId != null && u.Parent!.ParentId == null).Select(u => u.Id).FirstAsync();
            return await db.ServiceEvents.Where(e => e.OrgUnitId == company).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        });
        var url = fixture.Resolve(rule.Url).Replace("{companyEvent}", companyEvent.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var client = fixture.ClientFor(role);
        HttpResponseMessage response;
        if (rule.Method == "GET")
        {
            response = await client.GetAsync(url);
        }
        else
        {
            // An empty form: a signed-in role that may post gets the form back with its messages (200), never a save.
            var token = role == "Anonymous" ? "" : await TokenAsync(client);
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            response = await client.PostAsync(url, content);
        }

        var expected = role switch { "Anonymous" => rule.Anonymous, "Officer" => rule.Officer, "Chair" => rule.Chair, _ => rule.Auditor };
        var location = response.Headers.Location?.ToString() ?? "";
        var actual = response.StatusCode switch
        {
            HttpStatusCode.OK => Ok,
            HttpStatusCode.Forbidden => Forbidden,
            HttpStatusCode.NotFound => NotFound,
            HttpStatusCode.Redirect when location.Contains("/Account/SignIn", StringComparison.Ordinal) => SignIn,
            HttpStatusCode.Redirect => Redirect,
            _ => (Expect)(-1),
        };
        Assert.True(expected == actual, $"{role} {rule.Method} {url}: expected {expected}, got {(int)response.StatusCode} {location}");
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await client.GetHtmlAsync("/ServiceEvents");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
    }
}
