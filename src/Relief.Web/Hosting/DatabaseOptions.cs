using System.ComponentModel.DataAnnotations;
using Relief.Data.PostgreSql;
using Relief.Data.Sqlite;
using Relief.Data.SqlServer;

namespace Relief.Web.Hosting;

public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default), <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>For SQLite, optional: defaults to a file in <see cref="DataFolder"/>. For SQL Server and PostgreSQL, required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file lives; relative paths are under the app's content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>SQL Server and PostgreSQL: apply migrations at start-up. Off by default: production deploys the idempotent script. SQLite always migrates.</summary>
    public bool MigrateOnStartup { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider is not (SqliteProvider.Name or SqlServerProvider.Name or PostgreSqlProvider.Name))
            yield return new ValidationResult($"'{Provider}' is not supported; use Sqlite, SqlServer or PostgreSql.", [nameof(Provider)]);
        else if (Provider != SqliteProvider.Name && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult($"must be set when {Section}:{nameof(Provider)} is {Provider}.", [nameof(ConnectionString)]);
    }
}
