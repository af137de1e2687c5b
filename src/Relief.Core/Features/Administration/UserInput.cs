namespace Relief.Core.Features.Administration;

public sealed class UserInput
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Title { get; set; }
    public string? PhoneNumber { get; set; }
    public int OrgUnitId { get; set; }
    public string Role { get; set; } = Roles.Officer;
    /// <summary>Only when creating; later changes go through a password reset.</summary>
    public string? Password { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
