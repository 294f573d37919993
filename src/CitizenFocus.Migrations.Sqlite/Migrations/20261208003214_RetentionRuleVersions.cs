using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RetentionRuleVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RetentionRules_RecordType_Category",
                table: "RetentionRules");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_RecordType_Category_AppliesFrom",
                table: "RetentionRules",
                columns: new[] { "RecordType", "Category", "AppliesFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RetentionRules_RecordType_Category_AppliesFrom",
                table: "RetentionRules");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_RecordType_Category",
                table: "RetentionRules",
                columns: new[] { "RecordType", "Category" },
                unique: true);
        }
    }
}
