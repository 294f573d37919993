using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CitizenFocus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CrimeRecordReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RetentionRules_RecordType",
                table: "RetentionRules");

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "RetentionRules",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecordReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClockId = table.Column<long>(type: "INTEGER", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NextReviewAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordReviews", x => x.Id);
                });

            migrationBuilder.UpdateData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 1,
                column: "Category",
                value: null);

            migrationBuilder.UpdateData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 2,
                column: "Category",
                value: null);

            migrationBuilder.InsertData(
                table: "RetentionRules",
                columns: new[] { "Id", "AppliesFrom", "Basis", "Category", "ChangedBy", "CountedFrom", "Outcome", "PeriodDays", "RecordType" },
                values: new object[,]
                {
                    { 3, new DateTime(2027, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "MoPI group 1 (certain public protection matters): reviewed every ten years, kept while needed.", "homicide", "system:seed", 0, 2, 3652, "Crime" },
                    { 4, new DateTime(2027, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "MoPI group 1 (certain public protection matters): reviewed every ten years, kept while needed.", "rape", "system:seed", 0, 2, 3652, "Crime" },
                    { 5, new DateTime(2027, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "MoPI group 2 (other sexual, violent or serious offences): reviewed ten years after it was recorded.", "most-serious-violence", "system:seed", 0, 2, 3652, "Crime" },
                    { 6, new DateTime(2027, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "MoPI group 2 (violent offences): reviewed ten years after it was recorded.", "robbery", "system:seed", 0, 2, 3652, "Crime" },
                    { 7, new DateTime(2027, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "MoPI group 2 (violent offences): reviewed ten years after it was recorded.", "knife-crime", "system:seed", 0, 2, 3652, "Crime" },
                    { 8, new DateTime(2027, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "MoPI group 2 (serious offences): reviewed ten years after it was recorded.", "gun-crime", "system:seed", 0, 2, 3652, "Crime" },
                    { 9, new DateTime(2027, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "MoPI group 3 (all other offences): reviewed six years after it was recorded; the victim and offender references and the place are removed when it is disposed of.", null, "system:seed", 0, 2, 2191, "Crime" }
                });

            migrationBuilder.InsertData(
                table: "ServiceStandards",
                columns: new[] { "Id", "BreachGoesTo", "BreachRole", "Calendar", "Code", "Dimensions", "DueWorkingDaysAfterPeriod", "ExplanationOwed", "Name", "PauseAllowed", "PledgePoint", "PublicStatement", "Recurrence", "RecurrenceInterval", "RecursFrom", "RecursPer", "Target", "TargetIsCeiling", "TargetShare", "WarningFraction", "WarningGoesTo", "WarningRole" },
                values: new object[] { 20, 3, "Borough commander", 0, "RECORD-REVIEW-28D", null, 0, false, "Review records due for review under MoPI within 28 days", false, null, "Keeping personal information only as long as it is needed", 0, 1, null, 0, new TimeSpan(28, 0, 0, 0, 0), false, 1.0, 0.75, 3, "Inspector" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_RecordType_Category",
                table: "RetentionRules",
                columns: new[] { "RecordType", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecordReviews_ClockId",
                table: "RecordReviews",
                column: "ClockId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecordReviews_RecordType_RecordId",
                table: "RecordReviews",
                columns: new[] { "RecordType", "RecordId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordReviews");

            migrationBuilder.DropIndex(
                name: "IX_RetentionRules_RecordType_Category",
                table: "RetentionRules");

            migrationBuilder.DeleteData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 3);

            migrationBuilder.DeleteData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 4);

            migrationBuilder.DeleteData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 5);

            migrationBuilder.DeleteData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 6);

            migrationBuilder.DeleteData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 7);

            migrationBuilder.DeleteData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 8);

            migrationBuilder.DeleteData(
                table: "RetentionRules",
                keyColumn: "Id",
                keyValue: 9);

            migrationBuilder.DeleteData(
                table: "ServiceStandards",
                keyColumn: "Id",
                keyValue: 20);

            migrationBuilder.DropColumn(
                name: "Category",
                table: "RetentionRules");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_RecordType",
                table: "RetentionRules",
                column: "RecordType",
                unique: true);
        }
    }
}
