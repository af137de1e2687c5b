namespace Relief.Core.Features.ServiceEvents;

/// <summary>
/// Which figures each kind of event is judged by. The form shows only these, and the service stores only these, so a
/// job fair changed into a symposium does not keep its positions offered.
/// </summary>
public static class ServiceEventFigures
{
    public static IReadOnlyList<ServiceEventFigure> For(ServiceEventKind kind) => kind switch
    {
        ServiceEventKind.JobFair =>
            [ServiceEventFigure.Employers, ServiceEventFigure.JobTypes, ServiceEventFigure.PositionsOffered, ServiceEventFigure.Attendees, ServiceEventFigure.HiringIntentions],
        ServiceEventKind.Training => [ServiceEventFigure.Sessions, ServiceEventFigure.Trainees],
        ServiceEventKind.LegalAid => [ServiceEventFigure.Participants, ServiceEventFigure.Consultations, ServiceEventFigure.CasesTaken],
        _ => [ServiceEventFigure.Participants],
    };

    public static bool Applies(ServiceEventKind kind, ServiceEventFigure figure) => For(kind).Contains(figure);

    /// <summary>The kinds a figure belongs to (the form marks each group of fields with them).</summary>
    public static IReadOnlyList<ServiceEventKind> KindsOf(ServiceEventFigure figure) =>
        Enum.GetValues<ServiceEventKind>().Where(kind => Applies(kind, figure)).ToList();
}
