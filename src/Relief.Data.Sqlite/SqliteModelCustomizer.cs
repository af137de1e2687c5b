using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Relief.Core.Common;

namespace Relief.Data.Sqlite;

/// <summary>The SQLite form of the provider-neutral model: every money property (<see cref="Money.Annotation"/>) in whole fen.</summary>
public sealed class SqliteModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        var money = modelBuilder.Model.GetEntityTypes()
            .SelectMany(t => t.GetDeclaredProperties().Where(p => p.FindAnnotation(Money.Annotation) is not null).Select(p => (t.ClrType, p.Name)))
            .ToList();
        foreach (var (type, property) in money)
            modelBuilder.Entity(type).Property(property).HasConversion(new WholeFenConverter());
    }
}
