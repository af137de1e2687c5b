namespace Relief.Web;

/// <summary>Marker for the bank payment pages' strings in Resources/BankPaymentsResource(.en).resx; zh-CN is the neutral language.</summary>
public sealed class BankPaymentsResource;
