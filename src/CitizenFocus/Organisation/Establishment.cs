namespace CitizenFocus.Organisation;

/// <summary>
/// The minimum staffing of a ward team: 1 sergeant, 2 PCs, 3 PCSOs ("1-2-3"),
/// or 1-2-6 where the ward has more than 14,000 residents.
/// </summary>
public sealed record Establishment(int Sergeants, int Constables, int Pcsos)
{
    public static readonly Establishment Standard = new(1, 2, 3);
    public static readonly Establishment LargeWard = new(1, 2, 6);

    public static Establishment For(Ward ward) => ward.IsLarge ? LargeWard : Standard;

    public override string ToString() => $"{Sergeants}-{Constables}-{Pcsos}";

    /// <summary>What a team is short of, role by role; empty when at or above establishment.</summary>
    public IReadOnlyList<Shortfall> ShortfallsOf(int sergeants, int constables, int pcsos)
    {
        var result = new List<Shortfall>(3);
        if (sergeants < Sergeants) result.Add(new Shortfall(StaffRole.Sergeant, Sergeants, sergeants));
        if (constables < Constables) result.Add(new Shortfall(StaffRole.Constable, Constables, constables));
        if (pcsos < Pcsos) result.Add(new Shortfall(StaffRole.Pcso, Pcsos, pcsos));
        return result;
    }
}

public sealed record Shortfall(StaffRole Role, int Required, int Actual)
{
    public int Missing => Required - Actual;
}
