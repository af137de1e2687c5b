using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Benchmarks.Scale;
using Relief.Benchmarks.Timings;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;

namespace Relief.Benchmarks.Committee;

/// <summary>
/// <c>decide-batch --db PROVINCE.db [--grants 2039] [--runs 3]</c>: one committee meeting of the province deciding GRANTS
/// applications at once ("approve all", each charged to a fund), through the real <see cref="CommitteeService"/> with the
/// app's interceptors (versions, audit, tallies), as the province chair. Each run works on a fresh copy of the database
/// (the source is never changed): the meeting, its agenda and a fund large enough are set up untimed, then the decision
/// is timed, then checked: every grant approved with a decision, and the fund's committed money exactly their sum.
/// <c>--profile</c> lists the decision's queries by database time.
/// </summary>
internal static class DecideBatchCommand
{
    public static int Run(string[] args)
    {
        var source = ScaleGenerator.Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), "relief-province.db");
        var grants = int.Parse(ScaleGenerator.Option(args, "--grants") ?? "2039", CultureInfo.InvariantCulture);
        var runs = int.Parse(ScaleGenerator.Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        return RunAsync(Path.GetFullPath(source), grants, runs, args.Contains("--profile")).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string source, int count, int runs, bool profile)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"One meeting deciding {count:N0} applications; {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg")[..14]}"));
        var failed = 0;
        for (var run = 1; run <= runs; run++)
        {
            var copy = Path.Combine(Path.GetTempPath(), $"relief-decide-{Environment.ProcessId}-{run}.db");
            File.Copy(source, copy, overwrite: true);
            try
            {
                var times = new QueryTimeInterceptor();
                await using var services = ScaleServices.Build(copy, withInterceptors: true, times);
                var acting = services.GetRequiredService<ActingUser>();
                var (meeting, fund, inputs) = await PrepareAsync(services, count);
                acting.Current = await TimingsCommand.ActorAsync(services, "province-chair");

                times.Enabled = profile;
                var stopwatch = Stopwatch.StartNew();
                ServiceResult<int> result;
                await using (var scope = services.CreateAsyncScope())
                    result = await scope.ServiceProvider.GetRequiredService<CommitteeService>().DecideAllAsync(meeting, inputs);
                var elapsed = stopwatch.Elapsed;
                times.Enabled = false;

                var (approved, committed, expected) = await CheckAsync(services, meeting, fund);
                var exact = result.Succeeded && approved == count && committed == expected;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run}: {elapsed.TotalSeconds,6:F2} s; {(result.Succeeded ? "decided" : "refused: " + string.Join(" ", result.Validation.Errors.Select(e => e.ErrorMessage)))}; " +
                    $"{approved:N0} approved with a decision; fund committed {committed:N2} = approved sum {expected:N2}: {(committed == expected ? "exact" : "WRONG")}"));
                if (profile) Console.Write(times.Take(1, 160));
                if (!exact) failed++;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(copy);
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The meeting of the province on the running campaign, COUNT undecided applications on its agenda, and a fund.</summary>
    private static async Task<(int Meeting, int Fund, List<DecisionInput> Inputs)> PrepareAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var campaign = await db.Campaigns.OutsideUnitScope().Where(c => c.Status == CampaignStatus.Active).OrderByDescending(c => c.StartsOn).FirstAsync();
        var agenda = await db.Grants.OutsideUnitScope()
            .Where(g => g.CampaignId == campaign.Id && g.Status == GrantStatus.Applied && g.CommitteeMeetingId == null)
            .OrderBy(g => g.Id).Take(count).Select(g => new { g.Id, g.Version, g.TotalAmount, g.AppliedOn }).ToListAsync();
        if (agenda.Count < count) throw new InvalidOperationException($"Only {agenda.Count} undecided applications in campaign {campaign.Id}.");

        var meeting = new CommitteeMeeting
        {
            CampaignId = campaign.Id, OrgUnitId = campaign.OrgUnitId, Title = "省总工会困难职工帮扶审议会（基准）",
            HeldOn = agenda.Max(g => g.AppliedOn), CreatedAt = DateTime.UtcNow,
        };
        var fund = new FundSource
        {
            CampaignId = campaign.Id, Kind = FundSourceKind.Allocation, Name = "基准专项资金",
            Amount = agenda.Sum(g => g.TotalAmount) + 1m, ReceivedOn = campaign.StartsOn,
        };
        db.CommitteeMeetings.Add(meeting);
        db.FundSources.Add(fund);
        await db.SaveChangesAsync();
        var ids = agenda.Select(g => g.Id).ToList();
        await db.Grants.OutsideUnitScope().Where(g => ids.Contains(g.Id)).ExecuteUpdateAsync(s => s.SetProperty(g => g.CommitteeMeetingId, meeting.Id));
        var inputs = agenda.Select(g => new DecisionInput
        {
            GrantId = g.Id, Outcome = DecisionOutcome.Approved, FundSourceId = fund.Id, GrantVersion = g.Version,
            Reason = "经工会委员会集体研究同意",
        }).ToList();
        return (meeting.Id, fund.Id, inputs);
    }

    private static async Task<(int Approved, decimal Committed, decimal Expected)> CheckAsync(IServiceProvider services, int meeting, int fund)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var approved = await db.GrantDecisions.AsNoTracking().Where(d => d.CommitteeMeetingId == meeting && d.Outcome == DecisionOutcome.Approved).ToListAsync();
        var committed = await db.FundSources.AsNoTracking().OutsideUnitScope().Where(f => f.Id == fund).Select(f => f.Committed).SingleAsync();
        var grantsApproved = await db.Grants.AsNoTracking().OutsideUnitScope()
            .CountAsync(g => g.CommitteeMeetingId == meeting && g.Status == GrantStatus.Approved && g.FundSourceId == fund);
        return (Math.Min(approved.Count, grantsApproved), committed, approved.Sum(d => d.ApprovedAmount ?? 0m));
    }
}
