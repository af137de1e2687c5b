using Relief.Core.Common;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.ServiceEvents;

/// <summary>
/// 送服务活动: one job fair, legal-aid day, training, cultural event or symposium, organized by a union unit with its
/// partners, with the figures its kind is judged by. A figure left empty is not known, not zero.
/// </summary>
public class ServiceEvent : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int? CampaignId { get; set; }
    /// <summary>The organizing union unit (scope).</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public ServiceEventKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Place { get; set; }
    /// <summary>Who ran it with the union, e.g. 市人社局、市司法局.</summary>
    public string? Partners { get; set; }
    /// <summary>People taking part, for the kinds without a headcount of their own (job fairs count attendees, trainings trainees).</summary>
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
    /// <summary>Households on file known to have been reached (e.g. the aided students at a symposium).</summary>
    public List<ServiceEventHousehold> Households { get; set; } = [];
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
