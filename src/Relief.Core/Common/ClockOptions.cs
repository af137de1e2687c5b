using System.ComponentModel.DataAnnotations;

namespace Relief.Core.Common;

/// <summary>The union's clock, configured under "Clock" (see <see cref="UnionClock"/>).</summary>
public sealed class ClockOptions : IValidatableObject
{
    public const string Section = "Clock";

    /// <summary>An IANA or Windows time zone id; empty means <see cref="UnionClock.DefaultZone"/>.</summary>
    public string? TimeZone { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UnionClock.Find(TimeZone) is null)
        {
            yield return new ValidationResult(UnionClock.UnknownZone(TimeZone), [nameof(TimeZone)]);
        }
    }
}
