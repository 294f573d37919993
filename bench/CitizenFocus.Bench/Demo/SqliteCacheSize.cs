using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CitizenFocus.Bench.Demo;

/// <summary>
/// Diagnostic for --sqlite-cache-mb: gives every connection a larger SQLite page cache than the 2 MB default,
/// to show how much of the bulk load is B-tree pages of secondary indexes falling out of the cache.
/// Applied to the product's and the reference's connections alike.
/// </summary>
public sealed class SqliteCacheSize(int megabytes) : DbConnectionInterceptor
{
    public string Pragma { get; } = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{megabytes * 1024};");

    public void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
