using Relief.Core.Common;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// 代发文件格式: how one bank wants its batch file, set by an administrator: the columns in order with their headers
/// (<see cref="Columns"/>, one <c>Field=Header</c> a line), the sheet name, .xlsx or .csv and the CSV encoding; and how
/// its result file reads (the same columns plus status, reason, date and reference). <see cref="Generic"/> is the
/// layout that ships.
/// </summary>
public class BankFileLayout : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public BankFileFormat Format { get; set; }
    public CsvEncoding CsvEncoding { get; set; }
    public required string SheetName { get; set; }
    public required string Columns { get; set; }
    /// <summary>An administrator allows this layout to carry ID numbers; without it an IdNumber column is left empty.</summary>
    public bool IdNumbersAllowed { get; set; }

    public required string StatusHeader { get; set; }
    public required string ReasonHeader { get; set; }
    public required string DateHeader { get; set; }
    public required string ReferenceHeader { get; set; }
    /// <summary>The status texts that mean paid, separated by | (成功|已支付).</summary>
    public required string PaidValues { get; set; }
    /// <summary>The status texts that mean failed, separated by |.</summary>
    public required string FailedValues { get; set; }

    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }

    /// <summary>The generic layout every bank's 代发 template resembles; used when a batch names no layout.</summary>
    public static BankFileLayout Generic() => new()
    {
        Name = "通用代发格式",
        Format = BankFileFormat.Xlsx,
        CsvEncoding = CsvEncoding.Utf8,
        SheetName = "代发明细",
        Columns = "Sequence=序号\nHolderName=户名\nAccountNumber=账号\nAmount=金额\nBankName=开户行\nPurpose=用途",
        StatusHeader = "处理结果",
        ReasonHeader = "失败原因",
        DateHeader = "入账日期",
        ReferenceHeader = "银行流水号",
        PaidValues = "成功|已入账|paid",
        FailedValues = "失败|退回|failed",
    };

    public IReadOnlyList<BankFileColumn> ParsedColumns() => BankFileColumns.Parse(Columns).Columns;
}
