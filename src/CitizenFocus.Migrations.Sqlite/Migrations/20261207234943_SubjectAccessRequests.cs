using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SubjectAccessRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SubjectAccessRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClockId = table.Column<long>(type: "INTEGER", nullable: false),
                    LoggedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisclosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DisclosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubjectAccessItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MatchedOn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Withheld = table.Column<bool>(type: "INTEGER", nullable: false),
                    Exemption = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubjectAccessItems_SubjectAccessRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "SubjectAccessRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "ServiceStandards",
                columns: new[] { "Id", "BreachGoesTo", "BreachRole", "Calendar", "Code", "Dimensions", "DueWorkingDaysAfterPeriod", "ExplanationOwed", "Name", "PauseAllowed", "PledgePoint", "PublicStatement", "Recurrence", "RecurrenceInterval", "RecursFrom", "RecursPer", "Target", "TargetIsCeiling", "TargetShare", "WarningFraction", "WarningGoesTo", "WarningRole" },
                values: new object[] { 21, 3, "Administrator", 0, "SUBJECT-ACCESS-1M", null, 0, false, "Answer subject access requests within one calendar month", false, null, "Telling people what we hold about them", 0, 1, null, 0, new TimeSpan(32, 0, 0, 0, 0), true, 1.0, 0.75, 3, "Administrator" });

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessItems_RequestId_RecordType_RecordId",
                table: "SubjectAccessItems",
                columns: new[] { "RequestId", "RecordType", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessRequests_Reference",
                table: "SubjectAccessRequests",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubjectAccessItems");

            migrationBuilder.DropTable(
                name: "SubjectAccessRequests");

            migrationBuilder.DeleteData(
                table: "ServiceStandards",
                keyColumn: "Id",
                keyValue: 21);
        }
    }
}
