namespace Relief.Core.Features.Hotline;

/// <summary>A campaign's hotline as printed on notices and letters.</summary>
public sealed record HotlineLine(string PhoneNumber, string DutyHours, int? HoursPerDay);
