using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OpenClockIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Clocks_Open",
                table: "Clocks",
                column: "DueAt",
                filter: "\"Status\" <> 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Clocks_Open",
                table: "Clocks");
        }
    }
}
