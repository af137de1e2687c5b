namespace Relief.Core.Features.ServiceEvents;

/// <summary>One event as its page shows it.</summary>
public sealed record ServiceEventDetail(
    int Id, ServiceEventKind Kind, string Title, DateOnly HeldOn, int OrgUnitId, string UnitName, int? CampaignId, string? CampaignName,
    bool CampaignClosed, string? Place, string? Partners, ServiceEventDetail.Figures Counts, string? Notes, string? CreatedBy, DateTime CreatedAt,
    IReadOnlyList<ServiceEventDetail.Household> Households)
{
    public sealed record Figures(
        int? Participants, int? Employers, int? JobTypes, int? PositionsOffered, int? Attendees, int? HiringIntentions,
        int? Sessions, int? Trainees, int? Consultations, int? CasesTaken)
    {
        public int? Of(ServiceEventFigure figure) => figure switch
        {
            ServiceEventFigure.Participants => Participants,
            ServiceEventFigure.Employers => Employers,
            ServiceEventFigure.JobTypes => JobTypes,
            ServiceEventFigure.PositionsOffered => PositionsOffered,
            ServiceEventFigure.Attendees => Attendees,
            ServiceEventFigure.HiringIntentions => HiringIntentions,
            ServiceEventFigure.Sessions => Sessions,
            ServiceEventFigure.Trainees => Trainees,
            ServiceEventFigure.Consultations => Consultations,
            ServiceEventFigure.CasesTaken => CasesTaken,
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, null),
        };
    }

    public sealed record Household(int Id, string Name, string UnitName, bool IsAidedStudent);
}
