using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;

namespace Relief.Core.Data;

public static class PropertyBuilderExtensions
{
    /// <summary>Yuan exact to the fen: decimal(18,2) on the servers, whole fen on SQLite (Relief.Data.Sqlite's model customizer).</summary>
    public static PropertyBuilder<decimal> IsMoney(this PropertyBuilder<decimal> property) =>
        property.HasPrecision(Money.Precision, Money.Scale).HasAnnotation(Money.Annotation, true);

    public static PropertyBuilder<decimal?> IsMoney(this PropertyBuilder<decimal?> property) =>
        property.HasPrecision(Money.Precision, Money.Scale).HasAnnotation(Money.Annotation, true);

    public static PropertyBuilder<T> IsSensitive<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(SensitiveData.Annotation, true);

    public static EntityTypeBuilder<T> HasVersion<T>(this EntityTypeBuilder<T> entity) where T : class, IVersioned
    {
        entity.Property(e => e.Version).IsConcurrencyToken();
        return entity;
    }
}
