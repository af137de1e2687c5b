using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Relief.Web.Pages.Shared;

/// <summary>
/// The services' FluentValidation is the only validation (MVC's implicit [Required] is switched off in Hosting), so
/// every error present before the service runs is a value the binder could not read (letters in a number field, a
/// date that is no date); <see cref="Hosting.BindingMessages"/> and the decimal binder have already worded it in the
/// reader's language. A page re-shows the form with those messages and does not call the service.
/// </summary>
public static class FormBinding
{
    public static bool HasBindingErrors(this ModelStateDictionary modelState) =>
        modelState.Any(entry => entry.Value is { Errors.Count: > 0 });
}
