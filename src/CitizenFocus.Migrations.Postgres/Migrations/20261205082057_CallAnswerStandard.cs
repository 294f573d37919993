using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CallAnswerStandard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "ServiceStandards",
                columns: new[] { "Id", "BreachGoesTo", "BreachRole", "Calendar", "Code", "Dimensions", "DueWorkingDaysAfterPeriod", "ExplanationOwed", "Name", "PauseAllowed", "PledgePoint", "PublicStatement", "Recurrence", "RecurrenceInterval", "RecursFrom", "RecursPer", "Target", "TargetIsCeiling", "TargetShare", "WarningFraction", "WarningGoesTo", "WarningRole" },
                values: new object[] { 2, 2, null, 0, "CALL-999-ANSWER-10S", "category", 0, false, "Answer 999 calls within 10 seconds", false, 5, "Responding and listening", 0, 1, null, 0, new TimeSpan(0, 0, 0, 10, 0), false, 0.90000000000000002, 0.75, 2, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "ServiceStandards",
                keyColumn: "Id",
                keyValue: 2);
        }
    }
}
