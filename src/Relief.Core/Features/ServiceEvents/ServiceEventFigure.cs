namespace Relief.Core.Features.ServiceEvents;

/// <summary>The figures an event can carry; which ones a kind is judged by is <see cref="ServiceEventFigures"/>.</summary>
public enum ServiceEventFigure
{
    Participants,
    Employers,
    JobTypes,
    PositionsOffered,
    Attendees,
    HiringIntentions,
    Sessions,
    Trainees,
    Consultations,
    CasesTaken,
}
