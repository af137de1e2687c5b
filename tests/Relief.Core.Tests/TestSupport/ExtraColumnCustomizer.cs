using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Relief.Core.Features.Households;

namespace Relief.Core.Tests.TestSupport;

/// <summary>Adds a column no migration knows about: proves the pending-model-changes guard can fail.</summary>
public sealed class ExtraColumnCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.Entity<Household>().Property<string>("UnmigratedColumn").HasMaxLength(10);
    }
}
