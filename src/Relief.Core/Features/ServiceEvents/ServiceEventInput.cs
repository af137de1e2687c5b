using Relief.Core.Features.Households;

namespace Relief.Core.Features.ServiceEvents;

/// <summary>What the event form binds. Figures the kind is not judged by are ignored on save.</summary>
public sealed record ServiceEventInput : IHouseholdGroupInput
{
    public int? CampaignId { get; set; }
    public int OrgUnitId { get; set; }
    public ServiceEventKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string? Place { get; set; }
    public string? Partners { get; set; }
    public int? Participants { get; set; }
    public int? Employers { get; set; }
    public int? JobTypes { get; set; }
    public int? PositionsOffered { get; set; }
    public int? Attendees { get; set; }
    public int? HiringIntentions { get; set; }
    public int? Sessions { get; set; }
    public int? Trainees { get; set; }
    public int? Consultations { get; set; }
    public int? CasesTaken { get; set; }
    public string? Notes { get; set; }
    public List<int> HouseholdIds { get; set; } = [];
    public Guid Version { get; set; }

    public int? Figure(ServiceEventFigure figure) => figure switch
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
