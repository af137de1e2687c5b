using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Relief.Web.Hosting;

public static class ModelStateExtensions
{
    /// <summary>Copies a service's validation failures next to the fields of the page's bound input.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? "" : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}
