namespace Relief.Core.Features.ServiceEvents;

/// <summary>
/// What a set of events adds up to: the list's totals line and the year-end summary's figures. Unknown figures count
/// as nothing; households reached are counted once however many events reached them.
/// </summary>
public sealed record ServiceEventTotals(
    int Events, int JobFairs, int Employers, int JobTypes, int PositionsOffered, int Attendees, int HiringIntentions,
    int LegalAidEvents, int Consultations, int CasesTaken, int Trainings, int Sessions, int Trainees,
    int CulturalEvents, int Symposiums, int Participants, int HouseholdsReached)
{
    public static readonly ServiceEventTotals None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
