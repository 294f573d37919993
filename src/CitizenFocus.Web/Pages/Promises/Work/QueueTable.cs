using CitizenFocus.Promises;

namespace CitizenFocus.Web.Pages.Promises.Work;

/// <summary>A work queue table: its caption, its rows, and whether to show who holds each item.</summary>
public sealed record QueueTable(string Caption, IReadOnlyList<QueueRow> Rows, DateTime NowUtc, bool ShowAssignee, bool ShowReason,
    string? Id = null);
