using System.Text;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Tests.Grants;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.BankPayments;

/// <summary>The bank's result settles a sent batch line by line; mismatches are refused one by one; a re-import changes nothing.</summary>
public sealed class BankResultImportTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;
    private int _zhang;
    private int _li;
    private int _ouyang;
    private readonly string _zhangCard = BankWorld.Card(1);
    private readonly string _liCard = BankWorld.Card(2);
    private readonly string _ouyangCard = BankWorld.Card(3);

    public async Task InitializeAsync()
    {
        _world = await WorkflowDatabase.CreateAsync();
        await _world.AddHouseholdAsync(_world.BranchA, "李四海", 50, HardshipLevel.Extreme, HouseholdCategory.ExtremeHardshipEmployee);
        _zhang = await _world.PayableGrantAsync("张三明", 2000m);
        _li = await _world.PayableGrantAsync("李四海", 1000m);
        _ouyang = await _world.PayableGrantAsync("欧阳小明", 1500m);
        await _world.SetAccountAsync("张三明", _zhangCard);
        await _world.SetAccountAsync("李四海", _liCard);
        await _world.SetAccountAsync("欧阳小明", _ouyangCard);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<Dictionary<string, int>> SequencesAsync(int batchId) =>
        (await _world.BatchAsync(batchId)).Lines.ToDictionary(l => l.HolderName, l => l.Sequence);

    [Fact]
    public async Task One_failure_goes_back_to_payable_with_its_reason_is_paid_in_a_new_batch_and_the_first_batch_then_settles()
    {
        var first = await _world.SentBatchAsync();
        var seq = await SequencesAsync(first);
        var fund = await _world.FundAsync(_world.OwnFundsId);

        // The bank answers for two lines: 张三明 paid, 李四海 failed; 欧阳小明 has no result yet.
        var report = (await _world.ImportResultAsync(first, BankWorld.ResultCsv(
            (seq["张三明"], "张三明", _zhangCard, "2000.00", "成功", "", "BK202601150001"),
            (seq["李四海"], "李四海", _liCard, "1000.00", "失败", "户名不符", "")))).Succeeded();
        Assert.Equal((1, 1, 0, 0), (report.Paid, report.Failed, report.Unchanged, report.Refused.Count));
        Assert.False(report.Settled);

        Assert.Equal(GrantStatus.Disbursed, await _world.StatusAsync(_zhang));
        var payment = await _world.WithDbAsync(db => db.Disbursements.AsNoTracking().SingleAsync(d => d.GrantId == _zhang));
        Assert.Equal((DisbursementMethod.BankTransfer, "BK202601150001", WorkflowDatabase.Today), (payment.Method, payment.BankReference, payment.PaidOn));
        var after = await _world.FundAsync(_world.OwnFundsId);
        Assert.Equal(fund.Spent + 2000m, after.Spent);
        Assert.Equal(fund.Committed - 2000m, after.Committed);

        Assert.Equal(GrantStatus.Payable, await _world.StatusAsync(_li));
        var batch = await _world.BatchAsync(first);
        Assert.Equal(PaymentBatchStatus.Sent, batch.Status);
        Assert.True(batch.NeedsAttention);
        // The reason shows on the household file (and the candidate list says it failed before).
        var file = await _world.Service<BankAccountService, HouseholdBankSection>(s => s.GetAsync(_world.Households["李四海"]));
        Assert.Equal("户名不符", Assert.Single(file.Payments).FailureReason);
        var onGrant = await _world.Service<PaymentBatchService, IReadOnlyList<BankPaymentEntry>>(s => s.LinesOfGrantAsync(_li));
        Assert.Equal("户名不符", Assert.Single(onGrant).FailureReason);
        var paidFile = await _world.Service<BankAccountService, HouseholdBankSection>(s => s.GetAsync(_world.Households["张三明"]));
        Assert.Equal("BK202601150001", Assert.Single(paidFile.Payments).BankReference);

        // 李四海 is batched again, in a new batch, and paid.
        var second = await _world.SentBatchAsync();
        var secondBatch = await _world.BatchAsync(second);
        Assert.Equal([_li], secondBatch.Lines.Select(l => l.GrantId).ToArray());
        (await _world.ImportResultAsync(second, BankWorld.ResultCsv((1, "李四海", _liCard, "1000.00", "成功", "", "BK202601160007")))).Succeeded();
        Assert.Equal(GrantStatus.Disbursed, await _world.StatusAsync(_li));
        Assert.Equal(PaymentBatchStatus.Settled, (await _world.BatchAsync(second)).Status);

        // The first batch's last line comes back: paid + failed = sent, so it settles.
        var last = (await _world.ImportResultAsync(first, BankWorld.ResultCsv(
            (seq["欧阳小明"], "欧阳小明", _ouyangCard, "1500.00", "成功", "", "BK202601170003")))).Succeeded();
        Assert.True(last.Settled);
        var settled = await _world.BatchAsync(first);
        Assert.Equal((PaymentBatchStatus.Settled, 2, 1, false), (settled.Status, settled.Paid, settled.Failed, settled.NeedsAttention));
    }

    [Fact]
    public async Task The_campaign_cannot_close_while_a_batch_is_not_settled_and_closes_once_the_result_settles_it()
    {
        var batch = await _world.SentBatchAsync();

        (await CloseCampaignAsync()).Refused($"还有 1 个银行代发批次没有结清（#{batch}）");

        var seq = await SequencesAsync(batch);
        var settled = (await _world.ImportResultAsync(batch, BankWorld.ResultCsv(
            (seq["张三明"], "张三明", _zhangCard, "2000.00", "成功", "", "BK1"),
            (seq["李四海"], "李四海", _liCard, "1000.00", "失败", "卡已注销", ""),
            (seq["欧阳小明"], "欧阳小明", _ouyangCard, "1500.00", "成功", "", "BK3")))).Succeeded();
        Assert.True(settled.Settled);
        (await CloseCampaignAsync()).Succeeded();
    }

    private async Task<ServiceResult<int>> CloseCampaignAsync()
    {
        _world.ActAs(_world.Chair);
        var version = await _world.WithDbAsync(db => db.Campaigns.Where(c => c.Id == _world.CampaignId).Select(c => c.Version).SingleAsync());
        return await _world.Service<Relief.Core.Features.Campaigns.CampaignService, ServiceResult<int>>(s =>
            s.ChangeStatusAsync(_world.CampaignId, Relief.Core.Features.Campaigns.CampaignStatus.Closed, version));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var batchId = await _world.SentBatchAsync();
        var seq = await SequencesAsync(batchId);
        var file = BankWorld.ResultCsv(
            (seq["张三明"], "张三明", _zhangCard, "2000.00", "成功", "", "BK1"),
            (seq["李四海"], "李四海", _liCard, "1000.00", "失败", "卡已注销", ""));
        (await _world.ImportResultAsync(batchId, file)).Succeeded();
        var state = await _world.StateAsync();
        var lines = await _world.WithDbAsync(db => db.PaymentBatchLines.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => $"{l.Outcome}:{l.OpenGrantId}:{l.BankReference}:{l.FailureReason}:{l.SettledAt}").ToListAsync());
        var batchVersion = (await _world.BatchAsync(batchId)).Version;

        var again = (await _world.ImportResultAsync(batchId, file)).Succeeded();
        Assert.Equal((0, 0, 2), (again.Paid, again.Failed, again.Unchanged));
        Assert.Empty(again.Refused);
        Assert.Equal(state, await _world.StateAsync());
        Assert.Equal(lines, await _world.WithDbAsync(db => db.PaymentBatchLines.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => $"{l.Outcome}:{l.OpenGrantId}:{l.BankReference}:{l.FailureReason}:{l.SettledAt}").ToListAsync()));
        Assert.Equal(batchVersion, (await _world.BatchAsync(batchId)).Version);
    }

    [Fact]
    public async Task Lines_whose_amount_name_or_account_differ_are_refused_one_by_one_and_the_rest_settle()
    {
        var batchId = await _world.SentBatchAsync();
        var seq = await SequencesAsync(batchId);
        var report = (await _world.ImportResultAsync(batchId, BankWorld.ResultCsv(
            (seq["张三明"], "张三明", _zhangCard, "2000.50", "成功", "", "BK1"),
            (seq["李四海"], "李小海", _liCard, "1000.00", "成功", "", "BK2"),
            (seq["欧阳小明"], "欧阳小明", BankWorld.Card(9), "1500.00", "失败", "账号有误", ""),
            (99, "查无此人", _zhangCard, "10.00", "成功", "", "BK4")))).Succeeded();
        Assert.Equal((0, 0), (report.Paid, report.Failed));
        Assert.Equal(4, report.Refused.Count);
        Assert.Equal([2, 3, 4, 5], report.Refused.Select(r => r.RowNumber).ToArray());
        Assert.Contains("金额 2000.50 与批次中的 2,000.00 元不符", report.Refused[0].Reason, StringComparison.Ordinal);
        Assert.Contains("户名“李小海”与批次中的“李四海”不符", report.Refused[1].Reason, StringComparison.Ordinal);
        Assert.Contains("账号与批次中的", report.Refused[2].Reason, StringComparison.Ordinal);
        Assert.Contains("没有这一行", report.Refused[3].Reason, StringComparison.Ordinal);
        Assert.Equal([GrantStatus.Payable, GrantStatus.Payable, GrantStatus.Payable],
            new[] { await _world.StatusAsync(_zhang), await _world.StatusAsync(_li), await _world.StatusAsync(_ouyang) });
        Assert.All((await _world.BatchAsync(batchId)).Lines, l => Assert.Equal(PaymentLineOutcome.Pending, l.Outcome));

        // A file with one changed amount among good lines: that line refused, the others settle.
        var mixed = (await _world.ImportResultAsync(batchId, BankWorld.ResultCsv(
            (seq["张三明"], "张三明", _zhangCard, "2000.00", "成功", "", "BK1"),
            (seq["李四海"], "李四海", _liCard, "1001.00", "成功", "", "BK2")))).Succeeded();
        Assert.Equal(1, mixed.Paid);
        Assert.Equal(3, Assert.Single(mixed.Refused).RowNumber);
        Assert.Equal(GrantStatus.Payable, await _world.StatusAsync(_li));
    }

    [Fact]
    public async Task A_result_for_a_batch_not_sent_or_without_the_layout_columns_is_refused()
    {
        var batchId = await _world.BuildBatchAsync();
        (await _world.ImportResultAsync(batchId, BankWorld.ResultCsv((1, "张三明", _zhangCard, "2000.00", "成功", "", "BK1")))).Refused("尚未报送银行");
        await _world.ApproveBatchAsync(batchId);
        await _world.ExportAsync(batchId);
        (await _world.ImportResultAsync(batchId, Encoding.UTF8.GetBytes("户名,金额\r\n张三明,2000\r\n"))).Refused("缺少以下列");
        (await _world.ImportResultAsync(batchId, [1, 2, 3])).Refused("缺少以下列");
    }

    [Fact]
    public async Task An_administrator_layout_writes_GB18030_csv_in_its_column_order_and_ID_numbers_only_when_allowed()
    {
        _world.ActAs(WorkflowDatabase.User(_world.Company, Roles.Administrator));
        var input = new BankFileLayoutInput
        {
            Name = "农行代发", Format = BankFileFormat.Csv, CsvEncoding = CsvEncoding.Gb18030, SheetName = "Sheet1",
            Columns = "AccountNumber=卡号\nHolderName=姓名\nAmount=金额（元）\nIdNumber=身份证号\nSequence=序号",
            StatusHeader = "状态", ReasonHeader = "原因", DateHeader = "日期", ReferenceHeader = "流水号", PaidValues = "成功", FailedValues = "失败",
        };
        var layoutId = (await _world.Service<BankFileLayoutService, ServiceResult<int>>(s => s.SaveAsync(null, input))).Succeeded();
        _world.ActAs(_world.CompanyOfficer);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _world.Service<BankFileLayoutService, ServiceResult<int>>(s => s.SaveAsync(layoutId, input)));

        var batchId = await _world.BuildBatchAsync();
        await _world.ApproveBatchAsync(batchId);
        var file = await _world.ExportAsync(batchId, layoutId);
        Assert.EndsWith(".csv", file.FileName, StringComparison.Ordinal);
        var text = BankFileWriter.EncodingOf(CsvEncoding.Gb18030).GetString(file.Content);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("卡号,姓名,金额（元）,身份证号,序号", lines[0]);
        Assert.Equal(4, lines.Length);
        var zhang = lines.Single(l => l.Contains("张三明", StringComparison.Ordinal)).Split(',');
        Assert.Equal(_zhangCard, zhang[0]);
        Assert.Equal("2000.00", zhang[2]);
        Assert.Equal("", zhang[3]); // the layout asks, but no administrator allowed it

        // The bank's result in the same layout, GB18030, settles the batch.
        var result = new StringBuilder("序号,姓名,卡号,金额（元）,身份证号,状态,原因,日期,流水号\r\n");
        foreach (var l in lines.Skip(1).Select(l => l.Split(',')))
            result.Append($"{l[4]},{l[1]},{l[0]},{l[2]},,成功,,{WorkflowDatabase.Today:yyyyMMdd},BK-{l[4]}\r\n");
        var report = (await _world.ImportResultAsync(batchId, BankFileWriter.EncodingOf(CsvEncoding.Gb18030).GetBytes(result.ToString()))).Succeeded();
        Assert.Equal(3, report.Paid);
        Assert.True(report.Settled);
    }

    [Fact]
    public async Task The_dashboard_and_the_year_end_summary_count_bank_payments_and_the_dashboard_names_the_open_batches()
    {
        _world.ActAs(_world.Chair);
        var before = await _world.Service<Relief.Core.Features.Dashboard.CampaignFigures, Relief.Core.Features.Dashboard.DashboardFigures>(f => f.GetAsync(_world.CampaignId));
        var batchId = await _world.SentBatchAsync();
        var seq = await SequencesAsync(batchId);
        (await _world.ImportResultAsync(batchId, BankWorld.ResultCsv(
            (seq["张三明"], "张三明", _zhangCard, "2000.00", "成功", "", "BK1"),
            (seq["李四海"], "李四海", _liCard, "1000.00", "失败", "卡已注销", "")))).Succeeded();
        _world.ActAs(_world.Chair);
        var after = await _world.Service<Relief.Core.Features.Dashboard.CampaignFigures, Relief.Core.Features.Dashboard.DashboardFigures>(f => f.GetAsync(_world.CampaignId));
        Assert.Equal(before.PaidAmount + 2000m, after.PaidAmount);
        Assert.Equal((before.BankPaidGrants + 1, before.BankPaidAmount + 2000m), (after.BankPaidGrants, after.BankPaidAmount));
        Assert.Equal(1, after.OpenBankBatches);
        var yearEnd = await _world.Service<Relief.Core.Reports.YearEndSummary.YearEndQuery, Relief.Core.Reports.YearEndSummary.YearEndFigures>(q => q.GetAsync(_world.CampaignId));
        Assert.Equal((1, 2000m), (yearEnd.BankPaidGrants, yearEnd.BankPaidAmount));
    }

    [Fact]
    public async Task ID_numbers_are_written_when_the_layout_asks_and_an_administrator_allowed_it()
    {
        _world.ActAs(WorkflowDatabase.User(_world.Company, Roles.Administrator));
        var layoutId = (await _world.Service<BankFileLayoutService, ServiceResult<int>>(s => s.SaveAsync(null, new BankFileLayoutInput
        {
            Name = "带身份证", Format = BankFileFormat.Xlsx, CsvEncoding = CsvEncoding.Utf8, SheetName = "明细",
            Columns = "Sequence=序号\nHolderName=户名\nAccountNumber=账号\nAmount=金额\nIdNumber=证件号码", IdNumbersAllowed = true,
            StatusHeader = "状态", ReasonHeader = "原因", DateHeader = "日期", ReferenceHeader = "流水号", PaidValues = "成功", FailedValues = "失败",
        }))).Succeeded();
        var batchId = await _world.BuildBatchAsync();
        await _world.ApproveBatchAsync(batchId);
        var file = await _world.ExportAsync(batchId, layoutId);
        var rows = Relief.Core.Common.Spreadsheets.XlsxSheetReader.ReadFirstSheet(file.Content);
        var zhang = rows.Single(r => (string?)r[1] == "张三明");
        Assert.Equal(TestData.IdNumber(1), zhang[4]);
    }
}
