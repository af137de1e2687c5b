using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Relief.Data.PostgreSql;

/// <summary>
/// The PostgreSQL form of the provider-neutral model: every text column compares and sorts by code point
/// (collation "C"), as SQLite and .NET's ordinal comparison do, whatever locale the DBA created the database with.
/// Chinese names and ID numbers then order the same on every engine, equality stays exact (an ID number's check
/// letter X is stored upper-case, so nothing needs case folding), and a btree index serves the scope's path
/// prefix (<c>LIKE '/1/7/%'</c>), which under a linguistic collation it cannot without a second, pattern-ops index.
/// Money needs nothing here: <c>HasPrecision(18,2)</c> is numeric(18,2) on PostgreSQL.
/// </summary>
public sealed class PostgreSqlModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public const string Collation = "C";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        // Set on the metadata, not through modelBuilder.Entity(type), which would rediscover Identity's passkey data as an entity.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()).Where(p => p.ClrType == typeof(string)))
            property.SetCollation(Collation);
    }
}
