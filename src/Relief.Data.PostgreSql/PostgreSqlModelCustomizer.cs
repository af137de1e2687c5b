using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

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
        StartIdentitiesAfterSeedData(modelBuilder.Model);
    }

    /// <summary>
    /// Rows the migrations seed (the default paper kinds and checklist) carry their own ids, and PostgreSQL does not move
    /// an identity past ids inserted explicitly: the first row an administrator adds would be given id 1 and collide.
    /// The identity of such a table starts after its seeded ids. (SQL Server and SQLite continue after the largest id.)
    /// </summary>
    private static void StartIdentitiesAfterSeedData(IMutableModel model)
    {
        foreach (var entityType in model.GetEntityTypes())
        {
            if (entityType.FindPrimaryKey()?.Properties is not [{ ClrType: var keyType } key] || (keyType != typeof(int) && keyType != typeof(long))) continue;
            var seeded = entityType.GetSeedData().Select(row => Convert.ToInt64(row[key.Name], CultureInfo.InvariantCulture)).DefaultIfEmpty().Max();
            if (seeded > 0) key.SetIdentityStartValue(seeded + 1);
        }
    }
}
