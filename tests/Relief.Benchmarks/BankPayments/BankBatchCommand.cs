using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Benchmarks.Scale;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Benchmarks.BankPayments;

/// <summary>
/// <c>bank-batch [--lines 10000] [--runs 3]</c>: a payment batch of LINES payable cash grants, each household with a
/// payee account, through the real services and the app's interceptors (versions, audit, tallies) on a fresh SQLite
/// file per run: build the batch, approve it, export the bank file (.xlsx, every account number decrypted), then import
/// the bank's result (1 % failed) and import it again. Targets: export and import under 10 s each. Checks: every line
/// settled, paid grants disbursed by bank transfer, the fund's spent money exactly their sum, the re-import changing nothing.
/// </summary>
internal static class BankBatchCommand
{
    public const string Name = "bank-batch";

    public static int Run(string[] args)
    {
        var lines = int.Parse(ScaleGenerator.Option(args, "--lines") ?? "10000", CultureInfo.InvariantCulture);
        var runs = int.Parse(ScaleGenerator.Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        return RunAsync(lines, runs).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int count, int runs)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A bank payment batch of {count:N0} lines; {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg")[..14]}"));
        var failed = 0;
        for (var run = 1; run <= runs; run++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"relief-bank-{Environment.ProcessId}-{run}.db");
            File.Delete(path);
            try
            {
                var (unit, campaign, fund, cards) = await SeedAsync(path, count);
                await using var services = ScaleServices.Build(path, withInterceptors: true);
                var acting = services.GetRequiredService<ActingUser>();
                var officer = new FixedCurrentUser("bench-officer", "bench-officer", unit.Id, unit.Path, Roles.Officer);
                var chair = new FixedCurrentUser("bench-chair", "bench-chair", unit.Id, unit.Path, Roles.Chair);

                acting.Current = officer;
                var build = await TimeAsync(services, (PaymentBatchService s) => s.BuildAsync(new BuildBatchInput { CampaignId = campaign, OrgUnitId = unit.Id }));
                var batchId = build.Result.Value;
                var version = await InScopeAsync(services, (PaymentBatchService s) => s.GetAsync(batchId));
                acting.Current = chair;
                var approve = await TimeAsync(services, (PaymentBatchService s) => s.ApproveAsync(batchId, version.Version));
                acting.Current = officer;
                var export = await TimeAsync(services, (PaymentBatchService s) => s.ExportAsync(batchId, null));
                var sequences = await InScopeAsync(services, (ReliefDbContext db) =>
                    db.PaymentBatchLines.AsNoTracking().Where(l => l.PaymentBatchId == batchId).Select(l => new { l.Sequence, l.HolderName, l.HouseholdId, l.Amount }).ToListAsync());
                var result = new StringBuilder("序号,户名,账号,金额,开户行,用途,处理结果,失败原因,入账日期,银行流水号\r\n");
                var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                foreach (var l in sequences)
                {
                    var fails = l.Sequence % 100 == 0;
                    result.Append(CultureInfo.InvariantCulture,
                        $"{l.Sequence},{l.HolderName},{cards[l.HouseholdId]},{l.Amount:0.00},中国工商银行,,{(fails ? "失败" : "成功")},{(fails ? "卡已注销" : "")},{(fails ? "" : today)},{(fails ? "" : $"BK{l.Sequence:D8}")}\r\n");
                }
                var file = Encoding.UTF8.GetBytes(result.ToString());
                var import = await TimeAsync(services, (BankResultImport s) => s.ImportAsync(batchId, file));
                var again = await TimeAsync(services, (BankResultImport s) => s.ImportAsync(batchId, file));

                var expectedFailed = count / 100;
                var (paidGrants, spent, paidSum, status) = await CheckAsync(services, batchId, fund);
                var exact = build.Result.Succeeded && approve.Result.Succeeded && export.Result.Succeeded && import.Result.Succeeded && again.Result.Succeeded
                    && import.Result.Value!.Paid == count - expectedFailed && import.Result.Value.Failed == expectedFailed && import.Result.Value.Refused.Count == 0
                    && again.Result.Value!.Paid + again.Result.Value.Failed == 0 && again.Result.Value.Unchanged == count
                    && paidGrants == count - expectedFailed && spent == paidSum && status == PaymentBatchStatus.Settled;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run}: build {build.Seconds:F2} s, approve {approve.Seconds:F2} s, export {export.Seconds:F2} s ({export.Result.Value?.Content.Length / 1024:N0} KB), " +
                    $"import {import.Seconds:F2} s, re-import {again.Seconds:F2} s; {paidGrants:N0} paid by bank, spent {spent:N2} = paid {paidSum:N2}, batch {status}: {(exact ? "exact" : "WRONG")}"));
                if (!exact) failed++;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(path);
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private sealed record Timed<T>(T Result, double Seconds);

    private static async Task<Timed<T>> TimeAsync<TService, T>(IServiceProvider services, Func<TService, Task<T>> work) where TService : notnull
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await InScopeAsync(services, work);
        return new Timed<T>(result, stopwatch.Elapsed.TotalSeconds);
    }

    private static async Task<T> InScopeAsync<TService, T>(IServiceProvider services, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A union, an active campaign with a fund, COUNT households with payee accounts and one payable cash grant each (untimed).</summary>
    private static async Task<(OrgUnit Unit, int Campaign, int Fund, Dictionary<int, string> Cards)> SeedAsync(string path, int count)
    {
        await using var services = ScaleServices.Build(path, withInterceptors: false);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        await db.Database.MigrateAsync();
        db.KeepsTallies = false;
        var unit = new OrgUnit { Name = "基准基层工会", Kind = OrgUnitKind.Grassroots, Path = "/pending/" };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = OrgUnit.ChildPath("/", unit.Id);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var campaign = new Campaign
        {
            Name = "基准送温暖活动", Year = today.Year, Season = Season.NewYearSpringFestival, StartsOn = today.AddDays(-60), EndsOn = today.AddDays(60),
            OrgUnitId = unit.Id, Status = CampaignStatus.Active, CreatedAt = DateTime.UtcNow,
        };
        var fund = new FundSource { Kind = FundSourceKind.OwnFunds, Name = "基准经费", Amount = count * 1_000m, ReceivedOn = today.AddDays(-50) };
        campaign.FundSources.Add(fund);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();

        var ids = scope.ServiceProvider.GetRequiredService<IdNumberProtector>();
        var accounts = scope.ServiceProvider.GetRequiredService<BankAccountProtector>();
        var cards = new Dictionary<int, string>();
        decimal committed = 0;
        for (var start = 0; start < count; start += 1000)
        {
            var batch = new List<(Household Household, string Card, decimal Amount)>();
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var idNumber = ResidentIdNumber.Compose("331102", new DateOnly(1960, 1, 1).AddDays(i / 900), 100 + (i % 900));
                var household = new Household
                {
                    OrgUnitId = unit.Id, Name = $"职工{i:D5}", IdNumberCipher = ids.Protect(idNumber), IdNumberHash = ids.Hash(idNumber),
                    IdNumberMasked = ResidentIdNumber.Mask(idNumber), Level = HardshipLevel.General, StatusSince = today.AddYears(-1),
                    CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                };
                household.Categories.Add(new HouseholdCategoryAssignment { Category = HouseholdCategory.HardshipEmployee });
                db.Households.Add(household);
                batch.Add((household, Card(i), 500m + (i % 10) * 100m));
            }
            await db.SaveChangesAsync();
            foreach (var (household, card, amount) in batch)
            {
                cards[household.Id] = card;
                db.BankAccounts.Add(new BankAccount
                {
                    HouseholdId = household.Id, BankName = "中国工商银行", HolderName = household.Name, NumberCipher = accounts.Protect(card),
                    NumberHash = accounts.Hash(card), NumberMasked = BankCardNumber.Mask(card), CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                });
                db.Grants.Add(new Grant
                {
                    CampaignId = campaign.Id, HouseholdId = household.Id, OrgUnitId = unit.Id, Kind = GrantKind.HardshipSubsidy,
                    Category = HouseholdCategory.HardshipEmployee, CashAmount = amount, TotalAmount = amount, Reason = "基准", FundSourceId = fund.Id,
                    Status = GrantStatus.Payable, AppliedOn = today.AddDays(-50), CreatedAt = DateTime.UtcNow,
                });
                committed += amount;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        await db.FundSources.Where(f => f.Id == fund.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Committed, committed));
        return (unit, campaign.Id, fund.Id, cards);
    }

    private static string Card(int i)
    {
        var body = "62220200" + i.ToString("D10", CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            var candidate = body + check.ToString(CultureInfo.InvariantCulture);
            if (BankCardNumber.PassesLuhn(candidate)) return candidate;
        }
        throw new InvalidOperationException();
    }

    private static async Task<(int PaidGrants, decimal Spent, decimal PaidSum, PaymentBatchStatus Status)> CheckAsync(IServiceProvider services, int batchId, int fund)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var paid = await db.Disbursements.AsNoTracking().Where(d => d.Method == DisbursementMethod.BankTransfer).Select(d => d.Amount).ToListAsync();
        var spent = await db.FundSources.AsNoTracking().Where(f => f.Id == fund).Select(f => f.Spent).SingleAsync();
        var status = await db.PaymentBatches.AsNoTracking().Where(b => b.Id == batchId).Select(b => b.Status).SingleAsync();
        return (paid.Count, spent, paid.Sum(), status);
    }
}
