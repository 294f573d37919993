namespace CitizenFocus.Audit;

/// <summary>The processing operations that Data Protection Act 2018 s.62 requires to be logged.</summary>
public enum AuditAction
{
    Collection = 0,
    Alteration = 1,
    Consultation = 2,
    Disclosure = 3,
    Combination = 4,
    Erasure = 5,
}
