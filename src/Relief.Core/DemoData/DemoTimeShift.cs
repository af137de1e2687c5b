using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;

namespace Relief.Core.DemoData;

/// <summary>
/// Moves the demo, written as of its story day (<see cref="DemoDates.Today"/>), into the present as a whole, so the app
/// shows this season's campaign running, the earlier one closed before it, concerns due around today and visits inside
/// their campaign. Every business date and stamp of the story's years moves by the same whole number of weeks (weekdays
/// stay, so a notice still hangs five working days); season years in names and references follow the season's end.
/// Dates outside the story's years (births, stamps taken from the clock while seeding) stay as they are.
/// </summary>
public sealed partial class DemoTimeShift(ReliefDbContext db, TimeProvider clock, AuditInterceptor? audit = null)
{
    /// <summary>The story's years: 2019 (the 2020 season's start) to 2021.</summary>
    private static readonly DateOnly StoryFrom = new(2019, 1, 1);
    private static readonly DateOnly StoryTo = new(2021, 12, 31);

    /// <summary>The story season's last day: the season year in names is the year this day moves to.</summary>
    private static readonly DateOnly SeasonEndsOn = new(2021, 2, 10);

    [GeneratedRegex(@"20(19|20|21)(?=年|〕|\])")]
    private static partial Regex StoryYear();

    public static int DaysTo(DateOnly today)
    {
        var weeks = Math.Round((today.DayNumber - DemoDates.Today.DayNumber) / 7.0, MidpointRounding.AwayFromZero);
        return (int)weeks * 7;
    }

    public static int YearsFor(int days) => SeasonEndsOn.AddDays(days).Year - SeasonEndsOn.Year;

    /// <summary>Moves every demo record so the story's day falls in the week of <paramref name="today"/>; nothing when it already does.</summary>
    public async Task MoveToAsync(DateOnly today, CancellationToken ct)
    {
        var days = DaysTo(today);
        if (days == 0) return;
        var years = YearsFor(days);
        // One audit entry says what happened; the thousands of moved dates are not each an edit by someone.
        using (audit?.CallerWritesAudit())
        {
            foreach (var entity in db.Model.GetEntityTypes().Where(IsDemoRecord))
            {
                var rows = await RowsAsync(entity.ClrType, ct);
                foreach (var row in rows) Move(db.Entry(row), days, years);
            }
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow().UtcDateTime,
                UserName = SystemActor.UserName,
                Entity = "DemoData",
                EntityKey = "TimeShift",
                Action = AuditAction.Update,
                NewValues = AuditInterceptor.Serialize(new Dictionary<string, object?> { ["Days"] = days, ["Years"] = years }),
            });
            await db.SaveChangesAsync(ct);
        }
    }

    private static bool IsDemoRecord(IEntityType entity) =>
        !entity.IsOwned() && entity.ClrType.Namespace?.StartsWith("Relief.Core.Features", StringComparison.Ordinal) == true
        && entity.ClrType != typeof(AuditEntry) && entity.ClrType != typeof(ReliefUser) && entity.FindPrimaryKey() is not null;

    private static void Move(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, int days, int years)
    {
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsPrimaryKey() || property.Metadata.IsForeignKey()) continue;
            property.CurrentValue = property.CurrentValue switch
            {
                DateOnly day when day >= StoryFrom && day <= StoryTo => day.AddDays(days),
                DateTime at when at >= StoryFrom.ToDateTime(TimeOnly.MinValue) && at <= StoryTo.ToDateTime(TimeOnly.MaxValue) => at.AddDays(days),
                int year when property.Metadata.Name == "Year" && year >= StoryFrom.Year && year <= StoryTo.Year => year + years,
                string text when StoryYear().IsMatch(text) => StoryYear().Replace(text, m =>
                    (int.Parse(m.Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture)),
                var other => other,
            };
        }
    }

    private Task<List<object>> RowsAsync(Type clrType, CancellationToken ct) =>
        (Task<List<object>>)typeof(DemoTimeShift).GetMethod(nameof(RowsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(clrType).Invoke(this, [ct])!;

    /// <summary>Every row of one kind, whatever its unit: the demo is moved as a whole.</summary>
    private async Task<List<object>> RowsOfAsync<T>(CancellationToken ct) where T : class =>
        [.. await db.Set<T>().OutsideUnitScope().ToListAsync(ct)];
}
