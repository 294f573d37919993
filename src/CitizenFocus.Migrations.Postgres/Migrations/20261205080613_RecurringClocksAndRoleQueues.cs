using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CitizenFocus.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecurringClocksAndRoleQueues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerRole",
                table: "WorkItems",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerUserId",
                table: "WorkItems",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BreachRole",
                table: "ServiceStandards",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dimensions",
                table: "ServiceStandards",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DueWorkingDaysAfterPeriod",
                table: "ServiceStandards",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Recurrence",
                table: "ServiceStandards",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RecurrenceInterval",
                table: "ServiceStandards",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecursFrom",
                table: "ServiceStandards",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecursPer",
                table: "ServiceStandards",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "TargetIsCeiling",
                table: "ServiceStandards",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "WarningRole",
                table: "ServiceStandards",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssigneeUserId",
                table: "Clocks",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dimension1",
                table: "Clocks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dimension2",
                table: "Clocks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dimension3",
                table: "Clocks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dimension4",
                table: "Clocks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PartnerAgencyId",
                table: "Clocks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PeriodStart",
                table: "Clocks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClockSeries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StandardId = table.Column<int>(type: "integer", nullable: false),
                    RecordType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BoroughId = table.Column<int>(type: "integer", nullable: true),
                    WardId = table.Column<int>(type: "integer", nullable: true),
                    TeamId = table.Column<int>(type: "integer", nullable: true),
                    AssigneeMemberId = table.Column<int>(type: "integer", nullable: true),
                    AssigneeUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PartnerAgencyId = table.Column<int>(type: "integer", nullable: true),
                    Dimension1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Dimension2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Dimension3 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Dimension4 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IntervalDays = table.Column<int>(type: "integer", nullable: false),
                    FirstPeriodStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextPeriodStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StoppedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClockSeries_ServiceStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "ServiceStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "ServiceStandards",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "BreachRole", "Dimensions", "DueWorkingDaysAfterPeriod", "Recurrence", "RecurrenceInterval", "RecursFrom", "RecursPer", "TargetIsCeiling", "WarningRole" },
                values: new object[] { null, null, 0, 0, 1, null, 0, false, null });

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_OwnerRole_ClearedAt",
                table: "WorkItems",
                columns: new[] { "OwnerRole", "ClearedAt" },
                filter: "\"OwnerRole\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_OwnerUserId_ClearedAt",
                table: "WorkItems",
                columns: new[] { "OwnerUserId", "ClearedAt" },
                filter: "\"OwnerUserId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_AssigneeUserId_Status",
                table: "Clocks",
                columns: new[] { "AssigneeUserId", "Status" },
                filter: "\"AssigneeUserId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_OnePerPeriod",
                table: "Clocks",
                columns: new[] { "StandardId", "RecordType", "RecordId", "PeriodStart" },
                unique: true,
                filter: "\"PeriodStart\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ClockSeries_StandardId_NextPeriodStart",
                table: "ClockSeries",
                columns: new[] { "StandardId", "NextPeriodStart" },
                filter: "\"StoppedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ClockSeries_StandardId_RecordType_RecordId",
                table: "ClockSeries",
                columns: new[] { "StandardId", "RecordType", "RecordId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClockSeries");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_OwnerRole_ClearedAt",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_OwnerUserId_ClearedAt",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_Clocks_AssigneeUserId_Status",
                table: "Clocks");

            migrationBuilder.DropIndex(
                name: "IX_Clocks_OnePerPeriod",
                table: "Clocks");

            migrationBuilder.DropColumn(
                name: "OwnerRole",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "OwnerUserId",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "BreachRole",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "Dimensions",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "DueWorkingDaysAfterPeriod",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "Recurrence",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "RecurrenceInterval",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "RecursFrom",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "RecursPer",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "TargetIsCeiling",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "WarningRole",
                table: "ServiceStandards");

            migrationBuilder.DropColumn(
                name: "AssigneeUserId",
                table: "Clocks");

            migrationBuilder.DropColumn(
                name: "Dimension1",
                table: "Clocks");

            migrationBuilder.DropColumn(
                name: "Dimension2",
                table: "Clocks");

            migrationBuilder.DropColumn(
                name: "Dimension3",
                table: "Clocks");

            migrationBuilder.DropColumn(
                name: "Dimension4",
                table: "Clocks");

            migrationBuilder.DropColumn(
                name: "PartnerAgencyId",
                table: "Clocks");

            migrationBuilder.DropColumn(
                name: "PeriodStart",
                table: "Clocks");
        }
    }
}
