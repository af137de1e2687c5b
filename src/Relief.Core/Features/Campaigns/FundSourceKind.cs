namespace Relief.Core.Features.Campaigns;

public enum FundSourceKind
{
    /// <summary>上级拨款</summary>
    Allocation = 0,
    /// <summary>本级经费</summary>
    OwnFunds = 1,
    /// <summary>财政补贴</summary>
    FiscalSubsidy = 2,
    /// <summary>基金利息</summary>
    FundInterest = 3,
    /// <summary>社会捐赠</summary>
    Donation = 4,
}
