using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Households;

/// <summary>Follows a background import through the progress its page polls, until it is done.</summary>
internal static class ImportJobs
{
    public static async Task<JsonElement> ProgressAsync(HttpClient client, string jobPage)
    {
        var job = jobPage[(jobPage.IndexOf("job=", StringComparison.Ordinal) + 4)..];
        var response = await client.GetAsync($"/Households/Import?handler=Progress&job={job}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The job's page once it is finished (the page's own script would load it then).</summary>
    public static async Task<IHtmlDocument> WaitUntilFinishedAsync(HttpClient client, string jobPage)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!(await ProgressAsync(client, jobPage)).GetProperty("finished").GetBoolean())
        {
            Assert.True(DateTime.UtcNow < deadline, "the import did not finish within two minutes");
            await Task.Delay(100);
        }
        return await client.GetHtmlAsync(jobPage);
    }
}
