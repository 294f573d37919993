using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CrimeCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Crimes_CommittedAt",
                table: "Crimes");

            migrationBuilder.CreateIndex(
                name: "IX_Crimes_CommittedAt_BoroughId_WardId_Groups",
                table: "Crimes",
                columns: new[] { "CommittedAt", "BoroughId", "WardId", "Groups" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Crimes_CommittedAt_BoroughId_WardId_Groups",
                table: "Crimes");

            migrationBuilder.CreateIndex(
                name: "IX_Crimes_CommittedAt",
                table: "Crimes",
                column: "CommittedAt");
        }
    }
}
