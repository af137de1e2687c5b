namespace Relief.Web.Tests.Infrastructure;

/// <summary>What a GET of a page must answer for one kind of user.</summary>
public enum Expect
{
    Ok,
    Forbidden,
    NotFound,
    /// <summary>302 to /Account/SignIn.</summary>
    SignIn,
    /// <summary>302 anywhere else (e.g. sign-out sends a GET back home).</summary>
    Redirect,
}
