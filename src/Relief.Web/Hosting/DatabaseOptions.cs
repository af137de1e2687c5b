using System.ComponentModel.DataAnnotations;
using Relief.Data.Sqlite;
using Relief.Data.SqlServer;

namespace Relief.Web.Hosting;

public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>For SQLite, optional: defaults to a file in <see cref="DataFolder"/>. For SQL Server, required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file lives; relative paths are under the app's content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>SQL Server only: apply migrations at start-up. Off by default: production deploys the idempotent script.</summary>
    public bool MigrateOnStartup { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider is not (SqliteProvider.Name or SqlServerProvider.Name))
            yield return new ValidationResult($"'{Provider}' is not supported; use Sqlite or SqlServer.", [nameof(Provider)]);
        else if (Provider == SqlServerProvider.Name && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult($"must be set when {Section}:{nameof(Provider)} is SqlServer.", [nameof(ConnectionString)]);
    }
}
