using Relief.Core.Features.BankPayments;

namespace Relief.Web.Pages.BankPayments;

/// <summary>One colour per batch and line state, with the state's name always written beside it.</summary>
public static class BatchBadge
{
    public static string Of(PaymentBatchStatus status) => "badge badge-state " + status switch
    {
        PaymentBatchStatus.Draft => "state-applied",
        PaymentBatchStatus.Approved => "state-approved",
        PaymentBatchStatus.Sent => "state-payable",
        _ => "state-disbursed",
    };

    public static string Of(PaymentLineOutcome outcome) => "badge badge-state " + outcome switch
    {
        PaymentLineOutcome.Pending => "state-onnotice",
        PaymentLineOutcome.Paid => "state-disbursed",
        _ => "state-rejected",
    };
}
