namespace CitizenFocus.Promises;

/// <summary>A bank holiday in England and Wales: not a working day.</summary>
public sealed class BankHoliday
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}
