using Relief.Core.Features.Administration;

namespace Relief.Core.DemoData;

/// <summary>The demo union tree: federation → company union → two branches.</summary>
public sealed record DemoUnits(OrgUnit Federation, OrgUnit Company, OrgUnit LishuiBranch, OrgUnit SongyangBranch);
