using System.Globalization;
using CitizenFocus.Common;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// A run of whole London days, <see cref="From"/> to <see cref="To"/> inclusive. Crimes are stored in UTC;
/// the period's UTC bounds are London midnights, so a crime at 00:30 BST on 1 April counts in April.
/// </summary>
public sealed record AnalysisPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The first month of the police financial year.</summary>
    public const int FinancialYearStartMonth = 4;

    /// <summary>The first instant of the period in UTC (London midnight at the start of <see cref="From"/>).</summary>
    public DateTime FromUtc => UkTime.StartOfDayUtc(From);

    /// <summary>The first instant after the period in UTC (London midnight at the end of <see cref="To"/>).</summary>
    public DateTime ToUtc => UkTime.StartOfDayUtc(To.AddDays(1));

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The same days a year earlier (29 February falls back to the 28th).</summary>
    public AnalysisPeriod YearEarlier() => new(From.AddYears(-1), To.AddYears(-1));

    /// <summary>The period of the same length that ends the day before this one starts.</summary>
    public AnalysisPeriod Before() => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>From 1 April of the police financial year that holds <paramref name="asOf"/>, to <paramref name="asOf"/>.</summary>
    public static AnalysisPeriod FinancialYearToDate(DateOnly asOf) => new(FinancialYearStart(asOf), asOf);

    public static DateOnly FinancialYearStart(DateOnly day) =>
        new(day.Month >= FinancialYearStartMonth ? day.Year : day.Year - 1, FinancialYearStartMonth, 1);

    /// <summary>The <paramref name="days"/> days ending with <paramref name="asOf"/>.</summary>
    public static AnalysisPeriod LastDays(DateOnly asOf, int days)
    {
        if (days < 1) throw new ArgumentOutOfRangeException(nameof(days), "A period needs at least one day.");
        return new(asOf.AddDays(1 - days), asOf);
    }

    /// <summary>The <paramref name="months"/> months ending with <paramref name="asOf"/>: 12 months to 25 November start on 26 November.</summary>
    public static AnalysisPeriod LastMonths(DateOnly asOf, int months)
    {
        if (months < 1) throw new ArgumentOutOfRangeException(nameof(months), "A period needs at least one month.");
        return new(asOf.AddMonths(-months).AddDays(1), asOf);
    }

    /// <summary>One calendar month.</summary>
    public static AnalysisPeriod Month(DateOnly anyDayOfMonth)
    {
        var first = new DateOnly(anyDayOfMonth.Year, anyDayOfMonth.Month, 1);
        return new(first, first.AddMonths(1).AddDays(-1));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}");
}
