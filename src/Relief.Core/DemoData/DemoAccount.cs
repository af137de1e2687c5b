namespace Relief.Core.DemoData;

/// <summary>A demo sign-in, listed at start-up in Development and in the README.</summary>
public sealed record DemoAccount(string UserName, string Password, string Role, string UnitName);
