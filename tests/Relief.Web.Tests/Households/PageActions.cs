using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Households;

/// <summary>Small helpers the household and survey page tests share: demo ids, posts a page offers no form for, cell text.</summary>
public static class PageActions
{
    /// <summary>
    /// Posts to a handler with the antiforgery token of a page the client has open (any form carries it, the layout's
    /// sign-out form included): how a hand-made request from a role without the button would look.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, IHtmlDocument page, string url, IDictionary<string, string>? fields = null)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(url, content);
    }

    public static async Task<T> QueryAsync<T>(this ReliefWebFactory factory, Func<ReliefDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateSystemScope("test set-up");
        return await query(scope.ServiceProvider.GetRequiredService<ReliefDbContext>());
    }

    public static Task<int> UnitOfAsync(this ReliefWebFactory factory, string userName) =>
        factory.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.OrgUnitId).SingleAsync());

    public static string Text(this IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public static string? Value(this IHtmlDocument page, string selector) => page.QuerySelector(selector) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value,
        _ => null,
    };
}
