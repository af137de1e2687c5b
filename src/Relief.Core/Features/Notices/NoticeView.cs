namespace Relief.Core.Features.Notices;

/// <summary>A notice for the page and for printing: the posted rows (masked as the notice says), totals and objections.</summary>
public sealed record NoticeView
{
    public required int Id { get; init; }
    public required int CampaignId { get; init; }
    public required string CampaignName { get; init; }
    public required int OrgUnitId { get; init; }
    public required string UnitName { get; init; }
    public required string Title { get; init; }
    public required DateOnly PostedOn { get; init; }
    public required DateOnly EndsOn { get; init; }
    public string? Location { get; init; }
    public string? ObjectionContact { get; init; }
    public required bool MaskNames { get; init; }
    /// <summary>A paper notice entered after the fact: why.</summary>
    public string? EnteredLateReason { get; init; }
    public required NoticeStatus Status { get; init; }
    public IReadOnlyList<NoticeRow> Rows { get; init; } = [];
    public IReadOnlyList<ObjectionView> Objections { get; init; } = [];
    public bool HasEnded { get; init; }
    /// <summary>Officers and chairs may record objections while the notice is posted and its period runs.</summary>
    public bool CanRecordObjection { get; init; }
    /// <summary>A chair decides objections.</summary>
    public bool CanHandleObjections { get; init; }
    /// <summary>The period is over, the notice still posted and no objection open.</summary>
    public bool CanClose { get; init; }
    public required Guid Version { get; init; }

    public decimal Total => Rows.Sum(r => r.Amount);
    public int OpenObjections => Objections.Count(o => o.Outcome == ObjectionOutcome.Open);
}
