using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Relief.Core.Common;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Notices;
using Relief.Web.Tests.Households;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>
/// The demo's calendar as the records carry it, whether the demo sits on its story day (early 2021) or was moved into
/// the present (<see cref="ReliefWebFactory.DemoInThePresent"/>): tests find the campaigns and place their dates from
/// these, never from the story's literal years and days.
/// </summary>
public static class DemoStory
{
    /// <summary>The campaign running now: active, the latest to start.</summary>
    public static Task<DemoCampaign> RunningCampaignAsync(this ReliefWebFactory factory) =>
        factory.QueryAsync(db => db.Campaigns.Where(c => c.Status == CampaignStatus.Active).OrderByDescending(c => c.StartsOn)
            .Select(c => new DemoCampaign(c.Id, c.Year, c.Season, c.Name, c.StartsOn, c.EndsOn)).FirstAsync());

    /// <summary>The same season's campaign before the running one (closed in the demo).</summary>
    public static async Task<DemoCampaign> PreviousCampaignAsync(this ReliefWebFactory factory)
    {
        var running = await factory.RunningCampaignAsync();
        return await factory.QueryAsync(db => db.Campaigns.Where(c => c.Season == running.Season && c.StartsOn < running.StartsOn)
            .OrderByDescending(c => c.StartsOn)
            .Select(c => new DemoCampaign(c.Id, c.Year, c.Season, c.Name, c.StartsOn, c.EndsOn)).FirstAsync());
    }

    /// <summary>The first day a grant may be paid: the day after the last notice it hung on ended, as its records say.</summary>
    public static Task<DateOnly> PayableFromAsync(this ReliefWebFactory factory, int grantId) =>
        factory.QueryAsync(async db => (await db.NoticeItems.OutsideUnitScope().Where(i => i.GrantId == grantId)
            .Select(i => db.PublicNotices.OutsideUnitScope().Where(n => n.Id == i.PublicNoticeId).Select(n => n.EndsOn).First())
            .MaxAsync()).AddDays(1));

    /// <summary>Today in the union's time zone, by the app's own clock: a recorded fact may not be dated after it.</summary>
    public static DateOnly Today(this ReliefWebFactory factory) => DateOrder.Today(factory.Services.GetRequiredService<TimeProvider>());

    /// <summary>The notice settings the app runs with (period length, holidays, make-up working days).</summary>
    public static NoticeOptions NoticeRules(this ReliefWebFactory factory) => factory.Services.GetRequiredService<IOptions<NoticeOptions>>().Value;

    /// <summary>The last day of a notice period posted on <paramref name="postedOn"/>, by the product's own working-day rule.</summary>
    public static DateOnly NoticeEndsOn(this ReliefWebFactory factory, DateOnly postedOn) => WorkingDays.EndOfPeriod(postedOn, factory.NoticeRules());

    /// <summary>
    /// The same last day counted here, independently of the product, for tests of the rule itself: the posting day counts
    /// when it is a working day; Saturdays, Sundays and configured holidays do not, configured make-up days do.
    /// </summary>
    public static DateOnly CountWorkingDays(this ReliefWebFactory factory, DateOnly postedOn)
    {
        var rules = factory.NoticeRules();
        bool Works(DateOnly day) => rules.ExtraWorkingDays.Contains(day)
            || (!rules.Holidays.Contains(day) && day.DayOfWeek != DayOfWeek.Saturday && day.DayOfWeek != DayOfWeek.Sunday);
        var last = postedOn.AddDays(-1);
        for (var counted = 0; counted < rules.WorkingDays;)
        {
            last = last.AddDays(1);
            if (Works(last)) counted++;
        }
        return last;
    }

    /// <summary>A date as a form field takes it.</summary>
    public static string Iso(this DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as the Chinese pages and printouts show it, e.g. 2021年1月28日.</summary>
    public static string Chinese(this DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");
}
