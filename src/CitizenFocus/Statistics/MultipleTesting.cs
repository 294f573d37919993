namespace CitizenFocus.Statistics;

/// <summary>Adjustments for testing several hypotheses at once (pure functions, checked against worked values).</summary>
public static class MultipleTesting
{
    /// <summary>
    /// Holm's step-down adjusted p-values (Holm 1979, "A simple sequentially rejective multiple test
    /// procedure", Scandinavian Journal of Statistics 6:65–70; R's p.adjust(p, "holm")): with the m p-values
    /// sorted ascending, the i-th smallest becomes max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎). Rejecting where
    /// the adjusted value is below α keeps the chance of any false finding among the m at most α, whatever
    /// the dependence between the tests, and never rejects less than Bonferroni. Returned in the input order.
    /// </summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        if (pValues.Any(p => double.IsNaN(p) || p < 0 || p > 1)) throw new ArgumentOutOfRangeException(nameof(pValues), "A p-value is between 0 and 1.");
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        var running = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            var i = order[rank];
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
