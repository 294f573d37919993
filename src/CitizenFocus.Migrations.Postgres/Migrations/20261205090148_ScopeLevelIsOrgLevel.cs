using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Postgres.Migrations
{
    /// <summary>
    /// An account's scope level is now the organisation's level (force, area, borough, ward), null for a partner
    /// agency's account. The values move in the next migration: SQLite rebuilds the table after a migration's
    /// SQL, so the column must accept null before an update can write it.
    /// </summary>
    public partial class ScopeLevelIsOrgLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ScopeLevel",
                table: "AspNetUsers",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ScopeLevel",
                table: "AspNetUsers",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
