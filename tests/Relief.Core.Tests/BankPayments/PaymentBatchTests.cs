using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Tests.Grants;

namespace Relief.Core.Tests.BankPayments;

/// <summary>代发批次: built from payable cash grants with accounts, each grant in one open batch even when two officers race; approved by a chair; exported once to Sent.</summary>
public sealed class PaymentBatchTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;
    private int _zhang;
    private int _li;
    private int _ouyang;

    public async Task InitializeAsync()
    {
        _world = await WorkflowDatabase.CreateAsync();
        await _world.AddHouseholdAsync(_world.BranchA, "李四海", 50, HardshipLevel.Extreme, HouseholdCategory.ExtremeHardshipEmployee);
        _zhang = await _world.PayableGrantAsync("张三明", 2000m);
        _li = await _world.PayableGrantAsync("李四海", 1000m);
        _ouyang = await _world.PayableGrantAsync("欧阳小明", 1500m);
        await _world.SetAccountAsync("张三明", BankWorld.Card(1));
        await _world.SetAccountAsync("李四海", BankWorld.Card(2));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_batch_holds_the_payable_cash_grants_with_accounts_and_shows_payee_masked_account_and_amount()
    {
        var batchId = await _world.BuildBatchAsync();
        var batch = await _world.BatchAsync(batchId);
        Assert.Equal(PaymentBatchStatus.Draft, batch.Status);
        Assert.Equal(2, batch.LineCount);
        Assert.Equal(3000m, batch.Total);
        Assert.Equal(["张三明", "李四海"], batch.Lines.Select(l => l.HolderName).Order(StringComparer.Ordinal).ToArray());
        Assert.All(batch.Lines, l => Assert.Matches(@"^\d{4} \*{4} \*{4} \d{4}$", l.AccountMasked));
        // 欧阳小明 has no account: still a candidate, not batched.
        _world.ActAs(_world.CompanyOfficer);
        var left = await _world.Service<PaymentBatchService, IReadOnlyList<BatchCandidate>>(s => s.CandidatesAsync(_world.CampaignId, _world.BranchA.Id));
        var candidate = Assert.Single(left);
        Assert.Equal(_ouyang, candidate.GrantId);
        Assert.Null(candidate.AccountMasked);
        // Nothing more to batch: refused with the reason, nothing saved.
        (await _world.Service<PaymentBatchService, ServiceResult<int>>(s => s.BuildAsync(new BuildBatchInput { CampaignId = _world.CampaignId, OrgUnitId = _world.BranchA.Id })))
            .Refused("没有可编入代发批次的补助");
        Assert.Equal(1, await _world.WithDbAsync(db => db.PaymentBatches.CountAsync()));
    }

    [Fact]
    public async Task Two_officers_batching_the_same_grants_at_once_put_each_grant_in_exactly_one_batch()
    {
        // More grants make the race wider: twelve households of 甲分工会 with accounts.
        var grants = new List<int> { _zhang, _li };
        for (var i = 0; i < 10; i++)
        {
            var name = $"职工{i:00}";
            await _world.AddHouseholdAsync(_world.BranchA, name, 200 + i, Relief.Core.Features.Households.HardshipLevel.Extreme,
                Relief.Core.Features.Households.HouseholdCategory.ExtremeHardshipEmployee);
            grants.Add(await _world.PayableGrantAsync(name, 100m));
            await _world.SetAccountAsync(name, BankWorld.Card(100 + i));
        }

        for (var round = 0; round < 3; round++)
        {
            using var start = new ManualResetEventSlim();
            _world.ActAs(_world.CompanyOfficer);
            var racing = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await _world.Service<PaymentBatchService, ServiceResult<int>>(s => s.BuildAsync(new BuildBatchInput
                {
                    CampaignId = _world.CampaignId, OrgUnitId = _world.BranchA.Id,
                }));
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(racing);
            Assert.Contains(results, r => r.Succeeded);
            foreach (var refused in results.Where(r => !r.Succeeded)) refused.Refused("没有可编入代发批次的补助");

            var lines = await _world.WithDbAsync(db => db.PaymentBatchLines.AsNoTracking().Select(l => l.GrantId).ToListAsync());
            Assert.Equal(grants.Order(), lines.Order());
            // Drop the batches (not sent) for the next round.
            foreach (var id in await _world.WithDbAsync(db => db.PaymentBatches.Select(b => b.Id).ToListAsync()))
            {
                var version = (await _world.BatchAsync(id)).Version;
                (await _world.Service<PaymentBatchService, ServiceResult<int>>(s => s.DeleteAsync(id, version))).Succeeded();
            }
        }
    }

    [Fact]
    public async Task The_database_refuses_a_second_open_line_for_a_grant_whatever_the_service_checked()
    {
        var batchId = await _world.BuildBatchAsync();
        var line = await _world.WithDbAsync(db => db.PaymentBatchLines.AsNoTracking().FirstAsync());
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => _world.WithDbAsync(async db =>
        {
            var other = new PaymentBatch { CampaignId = _world.CampaignId, OrgUnitId = _world.BranchA.Id, CreatedBy = "x", CreatedAt = DateTime.UtcNow };
            other.Lines.Add(new PaymentBatchLine
            {
                Sequence = 1, GrantId = line.GrantId, OpenGrantId = line.GrantId, HouseholdId = line.HouseholdId, HolderName = line.HolderName,
                BankName = line.BankName, AccountCipher = line.AccountCipher, AccountHash = line.AccountHash, AccountMasked = line.AccountMasked, Amount = line.Amount,
            });
            db.PaymentBatches.Add(other);
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(batchId, Assert.Single(await _world.WithDbAsync(db => db.PaymentBatches.Select(b => b.Id).ToListAsync())));
    }

    [Fact]
    public async Task Only_a_chair_approves_and_no_file_leaves_before_approval()
    {
        var batchId = await _world.BuildBatchAsync();
        var version = (await _world.BatchAsync(batchId)).Version;
        _world.ActAs(_world.CompanyOfficer);
        (await _world.Service<PaymentBatchService, ServiceResult<int>>(s => s.ApproveAsync(batchId, version))).Refused("工会主席审批");
        (await _world.Service<PaymentBatchService, ServiceResult<BankFile>>(s => s.ExportAsync(batchId, null))).Refused("尚未经主席审批");
        Assert.Equal(PaymentBatchStatus.Draft, (await _world.BatchAsync(batchId)).Status);
        await _world.ApproveBatchAsync(batchId);
        var batch = await _world.BatchAsync(batchId);
        Assert.Equal(PaymentBatchStatus.Approved, batch.Status);
        Assert.Equal(_world.Chair.UserName, batch.ApprovedBy);
        _world.ActAs(_world.Chair);
        (await _world.Service<PaymentBatchService, ServiceResult<int>>(s => s.ApproveAsync(batchId, batch.Version))).Refused("不能再审批");
    }

    [Fact]
    public async Task Export_makes_the_batch_Sent_and_unchangeable_and_every_download_is_audited()
    {
        var batchId = await _world.BuildBatchAsync();
        await _world.ApproveBatchAsync(batchId);
        var file = await _world.ExportAsync(batchId);
        Assert.EndsWith(".xlsx", file.FileName, StringComparison.Ordinal);
        var rows = Relief.Core.Common.Spreadsheets.XlsxSheetReader.ReadFirstSheet(file.Content);
        Assert.Equal(["序号", "户名", "账号", "金额", "开户行", "用途"], rows[0].Cells.Select(c => (string)c.Value).ToArray());
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows.Skip(1), r => (string)r[2]! == BankWorld.Card(1));
        var batch = await _world.BatchAsync(batchId);
        Assert.Equal(PaymentBatchStatus.Sent, batch.Status);

        await _world.ExportAsync(batchId);
        var downloads = await _world.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(PaymentBatch) && a.Action == AuditAction.Access));
        Assert.Equal(2, downloads);
        (await _world.Service<PaymentBatchService, ServiceResult<int>>(s => s.DeleteAsync(batchId, batch.Version))).Refused("已报送银行");
        _world.ActAs(_world.Auditor);
        (await _world.Service<PaymentBatchService, ServiceResult<BankFile>>(s => s.ExportAsync(batchId, null))).Refused("只能查看");
    }

    [Fact]
    public async Task A_grant_in_a_batch_cannot_be_paid_in_cash_and_leaves_the_sign_off_sheet()
    {
        var batchId = await _world.SentBatchAsync();
        _world.ActAs(_world.CompanyOfficer);
        var before = await _world.StateAsync();
        (await _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(_zhang)))).Refused($"代发批次 {batchId}");
        Assert.Equal(before, await _world.StateAsync());
        var sheet = await _world.Service<DisbursementService, SignOffSheet>(s => s.SignOffSheetAsync(_world.CampaignId, _world.BranchA.Id));
        Assert.Equal([_ouyang], sheet.Rows.Select(r => r.GrantId).ToArray());
    }
}
