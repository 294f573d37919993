using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecordRestrictions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecordRestrictions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LiftedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LiftedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordRestrictions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecordRestrictions_RecordType_RecordId",
                table: "RecordRestrictions",
                columns: new[] { "RecordType", "RecordId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordRestrictions");
        }
    }
}
