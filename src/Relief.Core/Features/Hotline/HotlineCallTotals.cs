namespace Relief.Core.Features.Hotline;

public sealed record HotlineCallTotals(int Calls, int ToConcerns, int ToApplications, int AwaitingFollowUp);
