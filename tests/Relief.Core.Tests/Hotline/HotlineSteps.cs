using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Goods;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.Hotline;

/// <summary>
/// The hotline and goods services over a <see cref="VisitsDatabase"/> (甲公司工会's active campaign, officers in 甲一分工会 and
/// 乙分工会, a chair at the company, "today" 2025-01-10 09:00 China time), and the records those tests start from.
/// </summary>
public static class HotlineSteps
{
    public static readonly DateTime Morning = new(2025, 1, 9, 10, 15, 0);

    public static Task<T> HotlineAsync<T>(this VisitsDatabase world, Func<HotlineService, Task<T>> work, string culture = "zh-CN") =>
        world.RunAsync(sp => work(sp.GetRequiredService<HotlineService>()), culture);

    public static Task<T> ConversionAsync<T>(this VisitsDatabase world, Func<HotlineConversionService, Task<T>> work) =>
        world.RunAsync(sp => work(sp.GetRequiredService<HotlineConversionService>()));

    public static Task<T> GoodsAsync<T>(this VisitsDatabase world, Func<GoodsService, Task<T>> work, string culture = "zh-CN") =>
        world.RunAsync(sp => work(sp.GetRequiredService<GoodsService>()), culture);

    public static ICurrentUser Auditor(this VisitsDatabase world) =>
        new FixedCurrentUser("auditor-id", "auditor", world.Company.Id, world.Company.Path, Roles.Auditor);

    public static HotlineCallInput Call(this VisitsDatabase world, int? householdId, string? callerName = null) => new()
    {
        CampaignId = world.Campaign.Id,
        CalledAt = Morning,
        HouseholdId = householdId,
        CallerName = callerName,
        CallerPhone = "13905781234",
        Category = HotlineCallCategory.Medical,
        Question = "配偶住院费用高，询问大病救助怎么申请",
        TakenByUserId = world.OfficerA.Id,
        Outcome = CallOutcome.FollowUp,
    };

    public static async Task<int> RecordAsync(this VisitsDatabase world, HotlineCallInput input)
    {
        var result = await world.HotlineAsync(s => s.RecordAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    public static T Succeeded<T>(this ServiceResult<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors.Select(e => e.ErrorMessage)));
        return result.Value!;
    }

    public static string Errors<T>(this ServiceResult<T> result)
    {
        Assert.False(result.Succeeded, "The step should have been refused.");
        return string.Join("; ", result.Validation.Errors.Select(e => e.ErrorMessage));
    }

    public static Task<int> AddCategoryAsync(this VisitsDatabase world, int householdId, HouseholdCategory category) => world.WithDbAsync(async db =>
    {
        db.HouseholdCategories.Add(new HouseholdCategoryAssignment { HouseholdId = householdId, Category = category });
        return await db.SaveChangesAsync();
    });

    /// <summary>A payable in-kind grant of the household holding one item (name × quantity in the unit); returns the item's id.</summary>
    public static async Task<(int GrantId, int ItemId)> AddParcelAsync(this VisitsDatabase world, int householdId, string name, string unit, decimal quantity,
        GrantStatus status = GrantStatus.Payable)
    {
        var grantId = await world.AddPayableGrantAsync(householdId, 100m, GrantKind.InKind, status);
        var itemId = await world.WithDbAsync(async db =>
        {
            var item = new GrantItem { GrantId = grantId, Name = name, Unit = unit, Quantity = quantity, UnitValue = 50m };
            db.GrantItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        return (grantId, itemId);
    }

    public static GoodsReceiptInput Receipt(this VisitsDatabase world, decimal quantity, decimal value, string item = "大米", string unit = "袋") => new()
    {
        CampaignId = world.Campaign.Id,
        OrgUnitId = world.Company.Id,
        Donor = "丽水市商务局",
        ItemName = item,
        Unit = unit,
        Quantity = quantity,
        Value = value,
        ReceivedOn = VisitsDatabase.Today.AddDays(-3),
    };

    public static Task<GoodsStock> StockAsync(this VisitsDatabase world, int stockId) =>
        world.WithDbAsync(db => db.GoodsStocks.AsNoTracking().SingleAsync(s => s.Id == stockId));
}
