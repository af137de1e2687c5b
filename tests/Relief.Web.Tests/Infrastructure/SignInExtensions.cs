using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Relief.Web.Tests.Infrastructure;

public static class SignInExtensions
{
    public static HttpClient CreateBrowser(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real sign-in form.</summary>
    public static async Task<HttpClient> SignedInAsync(this WebApplicationFactory<Program> factory, string userName, string password = DemoUsers.Password)
    {
        var client = factory.CreateBrowser();
        var response = await client.TrySignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} could not sign in: {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> TrySignInAsync(this HttpClient client, string userName, string password)
    {
        var page = await client.GetHtmlAsync("/Account/SignIn");
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });
    }
}
