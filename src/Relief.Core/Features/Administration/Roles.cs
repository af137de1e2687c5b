namespace Relief.Core.Features.Administration;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    /// <summary>工会干事: enters surveys, applications, visits.</summary>
    public const string Officer = nameof(Officer);
    /// <summary>工会主席/领导: approves and reviews.</summary>
    public const string Chair = nameof(Chair);
    /// <summary>经审: reads everything in scope, changes nothing.</summary>
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> All = [Administrator, Officer, Chair, Auditor];
}
