namespace CitizenFocus.Web.Hosting;

/// <summary>
/// Marks a page (on its page model) or an endpoint (<c>.WithMetadata(new HeavyWorkAttribute())</c>) as heavy
/// work: it runs within the reader's share of <see cref="HeavyWorkOptions.PerUser"/> and within the time budget,
/// both applied once by <see cref="HeavyWork.UseHeavyWork"/>. Heavy is work whose cost grows with what the
/// reader asks for rather than with the page: permutation tests, grids of millions of cells, scans of every
/// crime of a year, a pack's charts (docs/security.md, "Bounded work").
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class HeavyWorkAttribute : Attribute;
