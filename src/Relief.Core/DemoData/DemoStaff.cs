using Relief.Core.Features.Administration;

namespace Relief.Core.DemoData;

/// <summary>The demo users, named again as visitors, attendees and concern owners.</summary>
public sealed record DemoStaff(ReliefUser Administrator, ReliefUser Officer, ReliefUser Officer2, ReliefUser Chair, ReliefUser Auditor)
{
    /// <summary>A company leader who is not a system user but leads visits (公司领导).</summary>
    public const string CompanyLeader = "徐志强";
    public const string SecondCompanyLeader = "周海燕";
    public const string LeaderTitle = "公司领导";
    public const string ChairTitle = "工会主席";
    public const string OfficerTitle = "工会干事";

    /// <summary>The officer who looks after a unit's files: the 松阳 officer for her branch, the 丽水 officer for the rest.</summary>
    public ReliefUser OfficerFor(int orgUnitId, DemoUnits units) => orgUnitId == units.SongyangBranch.Id ? Officer2 : Officer;
}
