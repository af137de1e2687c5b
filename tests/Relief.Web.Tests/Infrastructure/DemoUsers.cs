namespace Relief.Web.Tests.Infrastructure;

/// <summary>The demo accounts the Development seeder creates (README lists the same).</summary>
public static class DemoUsers
{
    public const string Password = "Relief#2021demo";
    public const string Administrator = "admin";
    public const string Officer = "officer";
    public const string OtherBranchOfficer = "officer2";
    public const string Chair = "chair";
    public const string Auditor = "auditor";
}
