namespace CitizenFocus.Audit;

/// <summary>What is about to be logged, before it is placed in the chain.</summary>
public sealed record AuditRecord(
    string Actor, AuditAction Action, string RecordType, string RecordId,
    string? Justification = null, string? Detail = null);
