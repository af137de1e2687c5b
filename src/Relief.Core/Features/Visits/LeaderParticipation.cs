namespace Relief.Core.Features.Visits;

/// <summary>One visitor's part in a campaign: how many visits and how many different households.</summary>
public sealed record LeaderParticipation(string Name, string? Title, bool IsLeader, int Visits, int Households, int HomeOrHospitalHouseholds);
