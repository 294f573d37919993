namespace CitizenFocus.Statistics.Performance;

/// <summary>Running sums of a weighted proportion: n, Σw, Σw² and Σw over positive answers.</summary>
public struct Accumulator
{
    public int N;
    public double SumWeights;
    public double SumSquares;
    public double SumPositive;

    public void Add(double weight, bool positive)
    {
        N++;
        SumWeights += weight;
        SumSquares += weight * weight;
        if (positive) SumPositive += weight;
    }

    /// <summary>The weighted proportion with Kish's n_eff = (Σw)² / Σw², divided by the survey's design effect.</summary>
    public readonly WeightedProportion? Proportion(double designEffect) =>
        N == 0 || SumWeights <= 0 ? null
            : new WeightedProportion(N, SumWeights * SumWeights / SumSquares / designEffect, SumPositive / SumWeights);
}
