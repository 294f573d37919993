using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CitizenFocus.Data;

/// <summary>Keeps DateTime values UTC on the way in and marks them UTC on the way out.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
