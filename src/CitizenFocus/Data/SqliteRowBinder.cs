using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace CitizenFocus.Data;

/// <summary>
/// Binds an entity's column values straight to a prepared SQLite statement, typed: no boxing, no
/// ADO.NET parameter objects, no data reader per row. Compiled once per entity type from the EF model
/// (property, value converter, column order). Values are stored exactly as Microsoft.Data.Sqlite
/// stores them (integers and booleans as INTEGER, floating point as REAL, strings as UTF-8 TEXT,
/// DateOnly as yyyy-MM-dd, DateTime as yyyy-MM-dd HH:mm:ss.FFFFFFF, TimeSpan as [-][d.]hh:mm:ss[.fffffff] (.NET's
/// "c" format), byte arrays as BLOB; tested against
/// it); an entity with a column of any other type has no binder and goes the ADO.NET way.
/// </summary>
internal sealed class SqliteRowBinder<T> where T : class
{
    private static readonly ConcurrentDictionary<IEntityType, SqliteRowBinder<T>?> Compiled = new();

    private readonly Action<sqlite3_stmt, T, TextColumn[]> bind;
    private readonly int columns;

    private SqliteRowBinder(Action<sqlite3_stmt, T, TextColumn[]> bind, int columns)
    {
        this.bind = bind;
        this.columns = columns;
    }

    /// <summary>The binder for the properties in column order, or null when one of them has a type it does not bind.</summary>
    public static SqliteRowBinder<T>? For(IEntityType entityType, IReadOnlyList<IProperty> properties) =>
        Compiled.GetOrAdd(entityType, _ => Compile(properties));

    /// <summary>Per-statement state: the last string bound in each column, so a repeated value is not bound again.</summary>
    public TextColumn[] NewState() => [.. Enumerable.Range(0, columns).Select(_ => new TextColumn())];

    public void Bind(sqlite3_stmt statement, T row, TextColumn[] state) => bind(statement, row, state);

    private static SqliteRowBinder<T>? Compile(IReadOnlyList<IProperty> properties)
    {
        var statement = Expression.Parameter(typeof(sqlite3_stmt), "statement");
        var entity = Expression.Parameter(typeof(T), "entity");
        var state = Expression.Parameter(typeof(TextColumn[]), "state");
        var body = new List<Expression>(properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (property.IsShadowProperty() || property.PropertyInfo is null && property.FieldInfo is null) return null;
            var member = (MemberInfo?)property.PropertyInfo ?? property.FieldInfo!;
            var converter = property.GetTypeMapping().Converter;
            var index = Expression.Constant(i + 1);
            var column = Expression.ArrayIndex(state, Expression.Constant(i));
            var value = Expression.MakeMemberAccess(entity, member);
            var bindNull = Expression.Call(BindNullMethod, statement, index, column);

            // Unwrap a nullable value or test a reference for null; the converter sees only non-null values, as in EF.
            Expression? hasValue = null;
            Expression inner = value;
            if (Nullable.GetUnderlyingType(value.Type) is not null)
            {
                hasValue = Expression.Property(value, "HasValue");
                inner = Expression.Property(value, "Value");
            }
            else if (!value.Type.IsValueType)
                hasValue = Expression.NotEqual(value, Expression.Constant(null, value.Type));

            if (converter is not null)
            {
                var lambda = converter.ConvertToProviderExpression;
                var argument = lambda.Parameters[0].Type == inner.Type ? inner : Expression.Convert(inner, lambda.Parameters[0].Type);
                inner = new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);
            }
            var call = BindValue(statement, index, column, inner);
            if (call is null) return null;
            body.Add(hasValue is null ? call : Expression.IfThenElse(hasValue, call, bindNull));
        }
        var lambdaExpression = Expression.Lambda<Action<sqlite3_stmt, T, TextColumn[]>>(Expression.Block(body), statement, entity, state);
        return new SqliteRowBinder<T>(lambdaExpression.Compile(), properties.Count);
    }

    /// <summary>The bind call for a provider value, or null for a type Microsoft.Data.Sqlite would store in a way not reproduced here.</summary>
    private static Expression? BindValue(Expression statement, Expression index, Expression column, Expression value)
    {
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (type != value.Type)
        {
            // A converter that returns a nullable provider value: bind null for null.
            var inner = BindValue(statement, index, column, Expression.Property(value, "Value"));
            return inner is null ? null
                : Expression.IfThenElse(Expression.Property(value, "HasValue"), inner, Expression.Call(BindNullMethod, statement, index, column));
        }
        if (type.IsEnum) type = Enum.GetUnderlyingType(type);
        if (type == typeof(bool)) return Expression.Call(BindBoolMethod, statement, index, Expression.Convert(value, typeof(bool)));
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte)
            || type == typeof(ushort) || type == typeof(uint))
            return Expression.Call(BindInt64Method, statement, index, Expression.Convert(value, typeof(long)));
        if (type == typeof(double) || type == typeof(float))
            return Expression.Call(BindDoubleMethod, statement, index, Expression.Convert(value, typeof(double)));
        if (type == typeof(string)) return Call(BindTextMethod, statement, index, column, value);
        if (type == typeof(DateOnly)) return Call(BindDateOnlyMethod, statement, index, column, value);
        if (type == typeof(DateTime)) return Call(BindDateTimeMethod, statement, index, column, value);
        if (type == typeof(TimeSpan)) return Call(BindTimeSpanMethod, statement, index, column, value);
        if (type == typeof(byte[])) return Call(BindBlobMethod, statement, index, column, value);
        return null;
    }

    private static MethodCallExpression Call(MethodInfo method, Expression statement, Expression index, Expression column, Expression value) =>
        Expression.Call(method, statement, index, column, value);

    private static readonly MethodInfo BindNullMethod = Method(nameof(BindNull));
    private static readonly MethodInfo BindBoolMethod = Method(nameof(BindBool));
    private static readonly MethodInfo BindInt64Method = Method(nameof(BindInt64));
    private static readonly MethodInfo BindDoubleMethod = Method(nameof(BindDouble));
    private static readonly MethodInfo BindTextMethod = Method(nameof(BindText));
    private static readonly MethodInfo BindDateOnlyMethod = Method(nameof(BindDateOnly));
    private static readonly MethodInfo BindDateTimeMethod = Method(nameof(BindDateTime));
    private static readonly MethodInfo BindTimeSpanMethod = Method(nameof(BindTimeSpan));
    private static readonly MethodInfo BindBlobMethod = Method(nameof(BindBlob));

    private static MethodInfo Method(string name) =>
        typeof(SqliteRowBinder<T>).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void BindNull(sqlite3_stmt statement, int index, TextColumn column)
    {
        column.Last = null;
        Check(raw.sqlite3_bind_null(statement, index));
    }

    private static void BindBool(sqlite3_stmt statement, int index, bool value) => Check(raw.sqlite3_bind_int64(statement, index, value ? 1 : 0));

    private static void BindInt64(sqlite3_stmt statement, int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

    private static void BindDouble(sqlite3_stmt statement, int index, double value)
    {
        // As Microsoft.Data.Sqlite: SQLite would turn NaN into NULL, which is not the value given.
        if (double.IsNaN(value)) throw new InvalidOperationException("Cannot store 'NaN' values.");
        Check(raw.sqlite3_bind_double(statement, index, value));
    }

    /// <summary>UTF-8 text; the same string instance as the row before (pooled strings) keeps the binding it has.</summary>
    private static void BindText(sqlite3_stmt statement, int index, TextColumn column, string value)
    {
        if (ReferenceEquals(value, column.Last)) return;
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (column.Buffer.Length < length) column.Buffer = new byte[Math.Max(length, column.Buffer.Length * 2)];
        var written = Encoding.UTF8.GetBytes(value, column.Buffer);
        Check(raw.sqlite3_bind_text(statement, index, column.Buffer.AsSpan(0, written)));
        column.Last = value;
    }

    private static void BindDateOnly(sqlite3_stmt statement, int index, TextColumn column, DateOnly value)
    {
        if (column.LastDate == value && column.Last is not null) return;
        Span<byte> text = stackalloc byte[10];
        value.TryFormat(text, out var written, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(statement, index, text[..written]));
        (column.LastDate, column.Last) = (value, "");
    }

    private static void BindDateTime(sqlite3_stmt statement, int index, TextColumn column, DateTime value)
    {
        column.Last = null;
        Span<byte> text = stackalloc byte[40];
        value.TryFormat(text, out var written, "yyyy'-'MM'-'dd HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(statement, index, text[..written]));
    }

    private static void BindTimeSpan(sqlite3_stmt statement, int index, TextColumn column, TimeSpan value)
    {
        column.Last = null;
        Span<byte> text = stackalloc byte[32];
        value.TryFormat(text, out var written, "c", CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(statement, index, text[..written]));
    }

    private static void BindBlob(sqlite3_stmt statement, int index, TextColumn column, byte[] value)
    {
        column.Last = null;
        Check(raw.sqlite3_bind_blob(statement, index, value));
    }

    private static void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, null);
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>What a statement's column was last bound to, and a buffer for encoding text.</summary>
internal sealed class TextColumn
{
    public object? Last;
    public DateOnly LastDate;
    public byte[] Buffer = new byte[256];
}
