using Relief.Core.Common;

namespace Relief.Web.Pages.Shared;

/// <summary>What an edit page shows after a save: the input to put back in the form, and the service's result (none after a conflict).</summary>
public sealed record EditSave<TInput, TValue>(TInput Input, ServiceResult<TValue>? Result)
{
    public bool Saved => Result is { Succeeded: true };
}
