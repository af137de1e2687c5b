using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Relief.Core.Common.Settings;

/// <summary>
/// Data-annotation checks of a setting group whose failures name the setting as an operator writes it
/// (<c>Notices:WorkingDays</c>), where the framework's own would name only the class and property.
/// </summary>
public sealed class SettingsValidator<T>(string section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            return ValidateOptionsResult.Success;
        return ValidateOptionsResult.Fail(results.Select(result =>
            $"{string.Join(", ", result.MemberNames.Select(member => $"{section}:{member}").DefaultIfEmpty(section))}: {result.ErrorMessage}"));
    }
}
