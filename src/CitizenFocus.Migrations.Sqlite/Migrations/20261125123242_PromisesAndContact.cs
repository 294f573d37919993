using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CitizenFocus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PromisesAndContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ContactOfficerMemberId",
                table: "Teams",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BankHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceStandards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PledgePoint = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicStatement = table.Column<string>(type: "TEXT", nullable: true),
                    Target = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Calendar = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningFraction = table.Column<double>(type: "REAL", nullable: false),
                    PauseAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetShare = table.Column<double>(type: "REAL", nullable: false),
                    ExplanationOwed = table.Column<bool>(type: "INTEGER", nullable: false),
                    WarningGoesTo = table.Column<int>(type: "INTEGER", nullable: false),
                    BreachGoesTo = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceStandards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TeamMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    WardId = table.Column<int>(type: "INTEGER", nullable: true),
                    BoroughId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CitizenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CitizenEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    CitizenPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CitizenAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PreferredReply = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    AssigneeMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClockId = table.Column<long>(type: "INTEGER", nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RepliedBy = table.Column<int>(type: "INTEGER", nullable: true),
                    ReplySummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LoggedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamMessages_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Clocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StandardId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BoroughId = table.Column<int>(type: "INTEGER", nullable: true),
                    WardId = table.Column<int>(type: "INTEGER", nullable: true),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssigneeMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WarnAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemainingAtPause = table.Column<TimeSpan>(type: "TEXT", nullable: true),
                    WarningRemainingAtPause = table.Column<TimeSpan>(type: "TEXT", nullable: true),
                    WarnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BreachedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    BreachReason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clocks_ServiceStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "ServiceStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClockEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClockId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClockEvents_Clocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "Clocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClockId = table.Column<long>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClearedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkItems_Clocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "Clocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "BankHolidays",
                columns: new[] { "Date", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2024, 1, 1), "New Year's Day" },
                    { new DateOnly(2024, 3, 29), "Good Friday" },
                    { new DateOnly(2024, 4, 1), "Easter Monday" },
                    { new DateOnly(2024, 5, 6), "Early May bank holiday" },
                    { new DateOnly(2024, 5, 27), "Spring bank holiday" },
                    { new DateOnly(2024, 8, 26), "Summer bank holiday" },
                    { new DateOnly(2024, 12, 25), "Christmas Day" },
                    { new DateOnly(2024, 12, 26), "Boxing Day" },
                    { new DateOnly(2025, 1, 1), "New Year's Day" },
                    { new DateOnly(2025, 4, 18), "Good Friday" },
                    { new DateOnly(2025, 4, 21), "Easter Monday" },
                    { new DateOnly(2025, 5, 5), "Early May bank holiday" },
                    { new DateOnly(2025, 5, 26), "Spring bank holiday" },
                    { new DateOnly(2025, 8, 25), "Summer bank holiday" },
                    { new DateOnly(2025, 12, 25), "Christmas Day" },
                    { new DateOnly(2025, 12, 26), "Boxing Day" },
                    { new DateOnly(2026, 1, 1), "New Year's Day" },
                    { new DateOnly(2026, 4, 3), "Good Friday" },
                    { new DateOnly(2026, 4, 6), "Easter Monday" },
                    { new DateOnly(2026, 5, 4), "Early May bank holiday" },
                    { new DateOnly(2026, 5, 25), "Spring bank holiday" },
                    { new DateOnly(2026, 8, 31), "Summer bank holiday" },
                    { new DateOnly(2026, 12, 25), "Christmas Day" },
                    { new DateOnly(2026, 12, 28), "Boxing Day" },
                    { new DateOnly(2027, 1, 1), "New Year's Day" },
                    { new DateOnly(2027, 3, 26), "Good Friday" },
                    { new DateOnly(2027, 3, 29), "Easter Monday" },
                    { new DateOnly(2027, 5, 3), "Early May bank holiday" },
                    { new DateOnly(2027, 5, 31), "Spring bank holiday" },
                    { new DateOnly(2027, 8, 30), "Summer bank holiday" },
                    { new DateOnly(2027, 12, 27), "Christmas Day" },
                    { new DateOnly(2027, 12, 28), "Boxing Day" },
                    { new DateOnly(2028, 1, 3), "New Year's Day" },
                    { new DateOnly(2028, 4, 14), "Good Friday" },
                    { new DateOnly(2028, 4, 17), "Easter Monday" },
                    { new DateOnly(2028, 5, 1), "Early May bank holiday" },
                    { new DateOnly(2028, 5, 29), "Spring bank holiday" },
                    { new DateOnly(2028, 8, 28), "Summer bank holiday" },
                    { new DateOnly(2028, 12, 25), "Christmas Day" },
                    { new DateOnly(2028, 12, 26), "Boxing Day" }
                });

            migrationBuilder.InsertData(
                table: "ServiceStandards",
                columns: new[] { "Id", "BreachGoesTo", "Calendar", "Code", "ExplanationOwed", "Name", "PauseAllowed", "PledgePoint", "PublicStatement", "Target", "TargetShare", "WarningFraction", "WarningGoesTo" },
                values: new object[] { 1, 2, 0, "TEAM-MESSAGE-24H", true, "Reply to messages to neighbourhood teams within 24 hours", true, 4, "Responding and listening", new TimeSpan(1, 0, 0, 0, 0), 1.0, 0.75, 1 });

            migrationBuilder.CreateIndex(
                name: "IX_ClockEvents_ClockId",
                table: "ClockEvents",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_ClockEvents_RaisedOnce",
                table: "ClockEvents",
                columns: new[] { "ClockId", "Kind" },
                unique: true,
                filter: "\"Kind\" IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_AssigneeMemberId_Status",
                table: "Clocks",
                columns: new[] { "AssigneeMemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_NextDueAt",
                table: "Clocks",
                column: "NextDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_RecordType_RecordId",
                table: "Clocks",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_StandardId_StartedAt",
                table: "Clocks",
                columns: new[] { "StandardId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_TeamId_Status",
                table: "Clocks",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SentAt_NextAttemptAt",
                table: "Notifications",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStandards_Code",
                table: "ServiceStandards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMessages_AssigneeMemberId_Status",
                table: "TeamMessages",
                columns: new[] { "AssigneeMemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamMessages_BoroughId_ReceivedAt",
                table: "TeamMessages",
                columns: new[] { "BoroughId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamMessages_IdempotencyKey",
                table: "TeamMessages",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMessages_Reference",
                table: "TeamMessages",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMessages_TeamId_ReceivedAt",
                table: "TeamMessages",
                columns: new[] { "TeamId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_ClockId",
                table: "WorkItems",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_OwnerMemberId_ClearedAt",
                table: "WorkItems",
                columns: new[] { "OwnerMemberId", "ClearedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BankHolidays");

            migrationBuilder.DropTable(
                name: "ClockEvents");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "TeamMessages");

            migrationBuilder.DropTable(
                name: "WorkItems");

            migrationBuilder.DropTable(
                name: "Clocks");

            migrationBuilder.DropTable(
                name: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "ContactOfficerMemberId",
                table: "Teams");
        }
    }
}
