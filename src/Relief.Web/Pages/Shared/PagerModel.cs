using Microsoft.AspNetCore.Http.Extensions;

namespace Relief.Web.Pages.Shared;

/// <summary>Previous/next links that keep every filter of the current query string and change only the page.</summary>
public sealed record PagerModel(int Page, int PageCount, int Total, string Path, IQueryCollection Query)
{
    public static PagerModel For<T>(Core.Common.PagedResult<T> result, HttpRequest request) =>
        new(result.Page, result.PageCount, result.Total, request.Path, request.Query);

    public string UrlFor(int page)
    {
        var builder = new QueryBuilder(Query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return Path + builder.ToQueryString();
    }
}
