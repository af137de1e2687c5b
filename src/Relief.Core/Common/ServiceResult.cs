using FluentValidation.Results;

namespace Relief.Core.Common;

/// <summary>The outcome of a command: success with a value, or validation failures to show next to the fields.</summary>
public sealed class ServiceResult<T>
{
    private ServiceResult(T? value, ValidationResult validation) => (Value, Validation) = (value, validation);

    public T? Value { get; }
    public ValidationResult Validation { get; }
    public bool Succeeded => Validation.IsValid;

    public static ServiceResult<T> Success(T value) => new(value, new ValidationResult());
    public static ServiceResult<T> Failure(ValidationResult validation) => new(default, validation);
    public static ServiceResult<T> Failure(string property, string message) => new(default, new ValidationResult([new ValidationFailure(property, message)]));
}
