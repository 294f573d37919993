using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CitizenFocus.Data;

/// <summary>
/// Multi-row <c>INSERT … ON CONFLICT (key) DO UPDATE</c>, which SQLite and PostgreSQL spell alike, for
/// imports that replace rows by a natural key. Names and value conversions come from the EF model, so
/// this path cannot drift from the migrations. Runs in the caller's transaction, which it requires.
/// A batch must not hold two rows with the same key (PostgreSQL refuses to update a row twice).
/// </summary>
internal sealed class BulkUpserter<T> where T : class
{
    private readonly CitizenFocusDb db;
    private readonly string table;
    private readonly Column[] columns;
    private readonly string conflict;
    private readonly string update;

    /// <param name="key">The properties of the primary key or unique index that decides "the same row".</param>
    /// <param name="keep">Properties an existing row keeps (its surrogate key, say); the key is always kept.</param>
    public BulkUpserter(CitizenFocusDb db, string[] key, params string[] keep)
    {
        this.db = db;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        columns = [.. entity.GetProperties().Select(p => new Column(p.Name, p.GetColumnName(store)!, p.GetGetter(), p.GetTypeMapping().Converter))];
        string ColumnOf(string property) => columns.Single(c => c.Property == property).Name;
        conflict = string.Join(", ", key.Select(k => $"\"{ColumnOf(k)}\""));
        update = string.Join(", ", columns
            .Where(c => !key.Contains(c.Property) && !keep.Contains(c.Property))
            .Select(c => $"\"{c.Name}\" = excluded.\"{c.Name}\""));
    }

    /// <summary>The number of parameters one row takes, for sizing batches under the providers' limits.</summary>
    public int ColumnCount => columns.Length;

    public async Task<int> UpsertAsync(IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return 0;
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Upserts run inside the import's transaction.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var sql = new StringBuilder($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ");
        var p = 0;
        var first = true;
        foreach (var row in rows)
        {
            sql.Append(first ? "(" : ", (");
            first = false;
            for (var i = 0; i < columns.Length; i++)
            {
                var name = "@p" + (p++).ToString(CultureInfo.InvariantCulture);
                if (i > 0) sql.Append(", ");
                sql.Append(name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = columns[i].ValueOf(row) ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            sql.Append(')');
        }
        sql.Append($" ON CONFLICT ({conflict}) DO UPDATE SET {update}");
        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(ct);
        return rows.Count;
    }

    private sealed record Column(string Property, string Name, IClrPropertyGetter Getter, ValueConverter? Converter)
    {
        public object? ValueOf(object entity)
        {
            var value = Getter.GetClrValueUsingContainingEntity(entity);
            return value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
