using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration;

public sealed class UnitEditFormTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task After_a_refused_deactivation_the_edit_form_still_saves_instead_of_deactivating_again()
    {
        int ownUnit;
        await using (var scope = factory.Services.CreateSystemScope("test set-up"))
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            ownUnit = (await db.Users.SingleAsync(u => u.UserName == DemoUsers.Administrator)).OrgUnitId;
        }
        using var client = await factory.SignedInAsync(DemoUsers.Administrator);
        var edit = await client.GetHtmlAsync($"/Administration/Units/Edit/{ownUnit}");

        // An administrator cannot deactivate their own unit: the page comes back with the refusal.
        var refused = await client.SubmitAsync(edit, new Dictionary<string, string>(),
            formSelector: "main form.mt-3", submitSelector: "main form.mt-3 button[type=submit]");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("[role=alert]"));

        // Both forms post to the page itself, never to the handler the refused request used.
        var actions = page.QuerySelectorAll("main form[method=post]").Cast<IHtmlFormElement>().Select(f => f.GetAttribute("action")).ToList();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, action => Assert.Equal($"/Administration/Units/Edit/{ownUnit}", action));
    }
}
