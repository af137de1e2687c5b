using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Web.Pages.Meetings;

/// <summary>What the create and edit forms share. <see cref="Campaigns"/> is null on edit: a meeting stays in its campaign.</summary>
public sealed record MeetingFormModel(
    CommitteeMeetingInput Input,
    IReadOnlyList<(int Id, string Name, int Depth)> Units,
    IReadOnlyList<PersonChoice> People,
    IReadOnlyList<CampaignChoice>? Campaigns);
