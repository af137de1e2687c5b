using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Visits;

/// <summary>One grant paid by hand during a visit.</summary>
public sealed record GrantHandOver(int GrantId, int VisitId, DateOnly PaidOn, DisbursementMethod Method, string PaidBy, bool SignedOff);
