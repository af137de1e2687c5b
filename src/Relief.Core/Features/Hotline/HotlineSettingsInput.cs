namespace Relief.Core.Features.Hotline;

/// <summary>The campaign's hotline as it is published. <see cref="Version"/> is null until the first save.</summary>
public sealed record HotlineSettingsInput
{
    public string PhoneNumber { get; set; } = "";
    public string DutyHours { get; set; } = "";
    public int? HoursPerDay { get; set; }
    public Guid? Version { get; set; }
}
