using System.ComponentModel.DataAnnotations;

namespace CitizenFocus.Web.Hosting;

/// <summary>
/// The "HeavyWork" section: how much heavy work (<see cref="HeavyWorkAttribute"/>) one signed-in person may
/// have running at once, and how long each piece may run before it is stopped.
/// </summary>
public sealed class HeavyWorkOptions
{
    public const string Section = "HeavyWork";

    /// <summary>
    /// Heavy analyses one person may run at the same time; the next is refused (429) until one ends. One by
    /// default: a near-repeat test over the force can use every core for seconds, and three at once by one
    /// person took the server's memory past 4 GB.
    /// </summary>
    [Range(1, 16)]
    public int PerUser { get; set; } = 1;

    /// <summary>
    /// Seconds one piece of heavy work may run before it is stopped with a message saying so. 30 by default:
    /// every analysis on the demo force and the packs finish well inside it, and a reader waiting longer than
    /// that on a page has usually asked for more than they meant (a three-year period with wide bands).
    /// </summary>
    [Range(1, 3600)]
    public int BudgetSeconds { get; set; } = 30;

    public TimeSpan Budget => TimeSpan.FromSeconds(BudgetSeconds);
}
