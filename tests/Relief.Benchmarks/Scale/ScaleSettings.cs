using Relief.Core.Features.Administration;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// The sizes, seed and benchmark-only secrets of the province-sized database. The password and hash key exist for
/// benchmarks on loopback only: never reuse them anywhere else.
/// </summary>
internal static class ScaleSettings
{
    public const int Seed = 20240125;

    public const int Households = 200_000;
    public const int Campaigns = 5;
    public const int GrantsPerCampaign = Households;
    public const int VisitsPerCampaign = 100_000;
    public const int ConcernsPerCampaign = 10_000;

    public const int Districts = 50;
    public const int GrassrootsPerDistrict = 8;
    public const int BranchesPerGrassroots = 2;
    public const int GrassrootsUnits = Districts * GrassrootsPerDistrict;

    /// <summary>Entities per SaveChanges: large enough to amortize the round trips, small enough for a cheap change tracker.</summary>
    public const int BatchSize = 20_000;

    public const string Password = "Bench#2024scale";
    public const string IdNumberHashKey = "relief-benchmarks-only-id-number-hash-key-2024";

    /// <summary>The day the scale data pretends it is: the last campaign is running.</summary>
    public static readonly DateOnly Today = new(2024, 1, 25);

    /// <summary>One account per role at the province root ("province-…") and at the first grassroots union ("unit-…").</summary>
    public static IReadOnlyList<(string UserName, string Role, bool AtRoot)> Accounts { get; } =
    [
        .. Roles.All.Select(role => ($"province-{role.ToLowerInvariant()}", role, true)),
        .. Roles.All.Select(role => ($"unit-{role.ToLowerInvariant()}", role, false)),
    ];

    public static DateTime Stamp(DateOnly date) => date.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc);
}
