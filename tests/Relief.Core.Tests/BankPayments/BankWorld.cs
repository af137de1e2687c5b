using System.Globalization;
using System.Text;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Grants;
using Relief.Core.Tests.Grants;

namespace Relief.Core.Tests.BankPayments;

/// <summary>The grant workflow's world with payee accounts, batches and result files as one-liners.</summary>
public static class BankWorld
{
    /// <summary>A UnionPay card number (62…) with a correct Luhn check digit, different for each <paramref name="seed"/>.</summary>
    public static string Card(int seed)
    {
        var body = "6222021" + seed.ToString("D11", CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            var candidate = body + check.ToString(CultureInfo.InvariantCulture);
            if (BankCardNumber.PassesLuhn(candidate)) return candidate;
        }
        throw new InvalidOperationException("No check digit.");
    }

    public static async Task SetAccountAsync(this WorkflowDatabase world, string household, string number, string? holder = null)
    {
        world.ActAs(world.CompanyOfficer);
        var input = new BankAccountInput { BankName = "中国工商银行", Branch = "丽水分行", HolderName = holder ?? household, AccountNumber = number };
        var existing = await world.Service<BankAccountService, HouseholdBankSection>(s => s.GetAsync(world.Households[household]));
        if (existing.Account is { } account) input.Version = account.Version;
        (await world.Service<BankAccountService, ServiceResult<int>>(s => s.SaveAsync(world.Households[household], input))).Succeeded();
    }

    public static async Task<int> BuildBatchAsync(this WorkflowDatabase world, ICurrentUser? officer = null)
    {
        world.ActAs(officer ?? world.CompanyOfficer);
        return (await world.Service<PaymentBatchService, ServiceResult<int>>(s => s.BuildAsync(new BuildBatchInput
        {
            CampaignId = world.CampaignId, OrgUnitId = world.BranchA.Id,
        }))).Succeeded();
    }

    public static Task<PaymentBatchDetail> BatchAsync(this WorkflowDatabase world, int batchId)
    {
        world.ActAs(world.CompanyOfficer);
        return world.Service<PaymentBatchService, PaymentBatchDetail>(s => s.GetAsync(batchId));
    }

    public static async Task ApproveBatchAsync(this WorkflowDatabase world, int batchId)
    {
        var version = (await world.BatchAsync(batchId)).Version;
        world.ActAs(world.Chair);
        (await world.Service<PaymentBatchService, ServiceResult<int>>(s => s.ApproveAsync(batchId, version))).Succeeded();
    }

    public static async Task<BankFile> ExportAsync(this WorkflowDatabase world, int batchId, int? layoutId = null)
    {
        world.ActAs(world.CompanyOfficer);
        return (await world.Service<PaymentBatchService, ServiceResult<BankFile>>(s => s.ExportAsync(batchId, layoutId))).Succeeded();
    }

    /// <summary>Built, approved and exported: the batch is Sent.</summary>
    public static async Task<int> SentBatchAsync(this WorkflowDatabase world)
    {
        var batchId = await world.BuildBatchAsync();
        await world.ApproveBatchAsync(batchId);
        await world.ExportAsync(batchId);
        return batchId;
    }

    public static Task<ServiceResult<BankResultReport>> ImportResultAsync(this WorkflowDatabase world, int batchId, byte[] file)
    {
        world.ActAs(world.CompanyOfficer);
        return world.Service<BankResultImport, ServiceResult<BankResultReport>>(s => s.ImportAsync(batchId, file));
    }

    /// <summary>A result file in the generic layout's columns, as CSV in UTF-8: one line per (sequence, name, account, amount, status, reason, reference).</summary>
    public static byte[] ResultCsv(params (int Sequence, string Name, string Account, string Amount, string Status, string Reason, string Reference)[] lines)
    {
        var text = new StringBuilder("序号,户名,账号,金额,开户行,用途,处理结果,失败原因,入账日期,银行流水号\r\n");
        var date = WorkflowDatabase.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var l in lines)
            text.Append(CultureInfo.InvariantCulture, $"{l.Sequence},{l.Name},{l.Account},{l.Amount},中国工商银行,送温暖,{l.Status},{l.Reason},{(l.Status == "成功" ? date : "")},{l.Reference}\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static Task<GrantStatus> StatusAsync(this WorkflowDatabase world, int grantId) =>
        world.GrantAsync(grantId).ContinueWith(t => t.Result.Status, TaskScheduler.Default);
}
