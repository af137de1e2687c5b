using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>Reads pages with AngleSharp and posts forms the way a browser would, antiforgery token included.</summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> ReadHtmlAsync(this HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(content).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
        return (IHtmlDocument)document;
    }

    public static async Task<IHtmlDocument> GetHtmlAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await response.ReadHtmlAsync();
    }

    /// <summary>Submits the form that contains <paramref name="submitSelector"/> (or the first form) with overridden fields.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlDocument page, IDictionary<string, string> fields, string? formSelector = null, string? submitSelector = null)
    {
        // By default the page's own form in <main>, not the header's language switch or sign-out.
        var form = (IHtmlFormElement)page.QuerySelector(formSelector ?? "main form[method=post]")!;
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    if (input.Type is "submit") continue;
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name!, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.Action;
        if (submitSelector is not null && page.QuerySelector(submitSelector) is IHtmlButtonElement button && !string.IsNullOrEmpty(button.FormAction))
            action = button.FormAction;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(new Uri(page.Url), action).PathAndQuery, content);
    }
}
