namespace CitizenFocus.Data;

public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}
