namespace Relief.Web.Hosting.Backups;

/// <summary>What a restore did, or why it refused; <see cref="Message"/> is written for the person at the console.</summary>
public sealed record RestoreResult(bool Restored, string Message)
{
    public static RestoreResult Refused(string reason) => new(false, "Restore refused: " + reason);
}
