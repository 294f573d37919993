using System.Linq.Expressions;

namespace CitizenFocus.Identity;

/// <summary>
/// Where a kind of record sits in the organisation (its borough and ward; the area follows from the
/// borough); for records that can be shared with a partner agency, the name and key a share uses; and
/// for records a partner agency can hold itself (a clock its officer works), the agency holding it.
/// The scope rule reads it to filter any query over such records; it holds no logic of its own.
/// </summary>
public sealed class RecordPlace<T>(
    string recordType, Expression<Func<T, int?>> borough, Expression<Func<T, int?>> ward,
    Expression<Func<T, string>>? recordId = null, Expression<Func<T, int?>>? heldByAgency = null)
{
    /// <summary>The record type as the audit trail and partner shares name it ("Call", "Message").</summary>
    public string RecordType { get; } = recordType;

    public Expression<Func<T, int?>> Borough { get; } = borough;

    public Expression<Func<T, int?>> Ward { get; } = ward;

    /// <summary>The record's public reference, which shares and the audit trail hold; null when the record is never shared.</summary>
    public Expression<Func<T, string>>? RecordId { get; } = recordId;

    /// <summary>The partner agency that holds the record itself, if any; null when partners never hold this kind.</summary>
    public Expression<Func<T, int?>>? HeldByAgency { get; } = heldByAgency;

    public bool Shareable => RecordId is not null;
}
