using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Dashboard;

public sealed record StatusFigure(GrantStatus Status, int Grants, decimal Amount);
