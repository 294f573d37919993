namespace CitizenFocus.Promises;

/// <summary>Bank holidays in England and Wales, 2024–2028 (GOV.UK), seeded so working-hours clocks skip them.</summary>
internal static class EnglandAndWalesBankHolidays
{
    // Declared before All: static fields initialise in order.
    private static readonly string[] Names =
        ["New Year's Day", "Good Friday", "Easter Monday", "Early May bank holiday", "Spring bank holiday",
         "Summer bank holiday", "Christmas Day", "Boxing Day"];

    public static readonly BankHoliday[] All =
    [
        .. Year(2024, (1, 1), (3, 29), (4, 1), (5, 6), (5, 27), (8, 26), (12, 25), (12, 26)),
        .. Year(2025, (1, 1), (4, 18), (4, 21), (5, 5), (5, 26), (8, 25), (12, 25), (12, 26)),
        .. Year(2026, (1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28)),
        .. Year(2027, (1, 1), (3, 26), (3, 29), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)),
        .. Year(2028, (1, 3), (4, 14), (4, 17), (5, 1), (5, 29), (8, 28), (12, 25), (12, 26)),
    ];

    private static IEnumerable<BankHoliday> Year(int year, params (int Month, int Day)[] days) =>
        days.Select((d, i) => new BankHoliday { Date = new DateOnly(year, d.Month, d.Day), Name = Names[i] });
}
