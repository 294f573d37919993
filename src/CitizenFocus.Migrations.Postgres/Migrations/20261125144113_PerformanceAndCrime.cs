using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CitizenFocus.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceAndCrime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "VictimRef",
                table: "Crimes",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Street",
                table: "Crimes",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OffenderRef",
                table: "Crimes",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Business",
                table: "Crimes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Domestic",
                table: "Crimes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Groups",
                table: "Crimes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "HateCrime",
                table: "Crimes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "JuvenileVictim",
                table: "Crimes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LocationKey",
                table: "Crimes",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Weapon",
                table: "Crimes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CrimeGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Bit = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorDefinitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Survey = table.Column<int>(type: "integer", nullable: false),
                    Question = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PositiveAnswers = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ExcludedAnswers = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    HigherIsBetter = table.Column<bool>(type: "boolean", nullable: false),
                    IsHeadline = table.Column<bool>(type: "boolean", nullable: false),
                    HeadlineCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Indicator = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    UnitType = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LsoaWards",
                columns: table => new
                {
                    LsoaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    LsoaName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    WardCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LsoaWards", x => x.LsoaCode);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataCrimes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    CrimeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FallsWithin = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Location = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    LsoaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    LsoaName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    CrimeType = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    LastOutcomeCategory = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Context = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WardId = table.Column<int>(type: "integer", nullable: true),
                    BoroughId = table.Column<int>(type: "integer", nullable: true),
                    Groups = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataCrimes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataMonths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Force = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataMonths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataOutcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    CrimeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FallsWithin = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Location = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    LsoaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    LsoaName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    OutcomeType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataOutcomes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedIndicators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Indicator = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    UnitType = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    N = table.Column<int>(type: "integer", nullable: false),
                    Estimate = table.Column<double>(type: "double precision", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrimeGroupRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CrimeGroupId = table.Column<int>(type: "integer", nullable: false),
                    CrimeType = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    RequiresFlag = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeGroupRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrimeGroupRules_CrimeGroups_CrimeGroupId",
                        column: x => x.CrimeGroupId,
                        principalTable: "CrimeGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "CrimeGroups",
                columns: new[] { "Id", "Bit", "Code", "Name", "SortOrder" },
                values: new object[,]
                {
                    { 1, 0, "robbery", "Robbery", 1 },
                    { 2, 1, "residential-burglary", "Residential burglary", 2 },
                    { 3, 2, "motor-vehicle", "Theft from and of motor vehicles", 3 },
                    { 4, 3, "most-serious-violence", "Most serious violence", 4 },
                    { 5, 4, "youth-violence", "Youth violence", 5 },
                    { 6, 5, "homicide", "Homicide", 6 },
                    { 7, 6, "gun-crime", "Gun crime", 7 },
                    { 8, 7, "knife-crime", "Knife crime", 8 },
                    { 9, 8, "rape", "Rape", 9 },
                    { 10, 9, "business-crime", "Business crime", 10 }
                });

            migrationBuilder.InsertData(
                table: "IndicatorDefinitions",
                columns: new[] { "Id", "Code", "ExcludedAnswers", "HeadlineCode", "HigherIsBetter", "IsHeadline", "Name", "PositiveAnswers", "Question", "SortOrder", "Survey", "UpdatedAt", "UpdatedBy" },
                values: new object[,]
                {
                    { 1, "pas-confidence", "Don't know|Refused", null, true, true, "Police and council deal with the crime and ASB issues that matter (public confidence)", "Strongly agree|Tend to agree", "issues_that_matter", 1, 0, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { 2, "pas-good-job", "Don't know|Refused", "pas-confidence", true, false, "Police in this area do a good or excellent job", "Excellent|Good", "good_job", 2, 0, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { 3, "pas-respect", "Don't know|Refused", "pas-confidence", true, false, "Police would treat you with respect", "Strongly agree|Tend to agree", "treat_with_respect", 3, 0, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { 4, "pas-heard-of-snt", "Don't know|Refused", "pas-confidence", true, false, "Heard of your Safer Neighbourhood Team", "Yes", "heard_of_snt", 4, 0, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { 5, "uss-whole-experience", "Don't know|Refused", null, true, true, "Victims satisfied with the overall service (SPI 1e)", "Completely satisfied|Very satisfied|Fairly satisfied", "whole_experience", 5, 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { 6, "uss-ease-of-contact", "Don't know|Refused", "uss-whole-experience", true, false, "Satisfied with ease of contact", "Completely satisfied|Very satisfied|Fairly satisfied", "ease_of_contact", 6, 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { 7, "uss-actions", "Don't know|Refused", "uss-whole-experience", true, false, "Satisfied with the actions taken", "Completely satisfied|Very satisfied|Fairly satisfied", "actions", 7, 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { 8, "uss-follow-up", "Don't know|Refused", "uss-whole-experience", true, false, "Satisfied with being kept informed (follow-up)", "Completely satisfied|Very satisfied|Fairly satisfied", "follow_up", 8, 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" },
                    { 9, "uss-treatment", "Don't know|Refused", "uss-whole-experience", true, false, "Satisfied with their treatment by staff", "Completely satisfied|Very satisfied|Fairly satisfied", "treatment", 9, 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "seed" }
                });

            migrationBuilder.InsertData(
                table: "CrimeGroupRules",
                columns: new[] { "Id", "CrimeGroupId", "CrimeType", "RequiresFlag" },
                values: new object[,]
                {
                    { 1, 1, "Robbery of personal property", null },
                    { 2, 1, "Robbery of business property", null },
                    { 3, 1, "Robbery", null },
                    { 4, 2, "Residential burglary", null },
                    { 5, 2, "Burglary", null },
                    { 6, 3, "Theft from motor vehicle", null },
                    { 7, 3, "Theft of motor vehicle", null },
                    { 8, 3, "Vehicle crime", null },
                    { 9, 4, "Grievous bodily harm", null },
                    { 10, 4, "Homicide", null },
                    { 11, 4, "Attempted murder", null },
                    { 12, 5, "Assault with injury", 2 },
                    { 13, 5, "Common assault", 2 },
                    { 14, 5, "Grievous bodily harm", 2 },
                    { 15, 5, "Robbery of personal property", 2 },
                    { 16, 5, "Violence and sexual offences", 2 },
                    { 17, 6, "Homicide", null },
                    { 18, 7, null, 4 },
                    { 19, 8, null, 3 },
                    { 20, 9, "Rape", null },
                    { 21, 10, "Business burglary", null },
                    { 22, 10, "Robbery of business property", null },
                    { 23, 10, "Shoplifting", null },
                    { 24, 10, null, 5 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_Survey_RespondentId_Question",
                table: "SurveyAnswers",
                columns: new[] { "Survey", "RespondentId", "Question" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Crimes_CommittedAt",
                table: "Crimes",
                column: "CommittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Crimes_WardId_CommittedAt",
                table: "Crimes",
                columns: new[] { "WardId", "CommittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeGroupRules_CrimeGroupId",
                table: "CrimeGroupRules",
                column: "CrimeGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeGroups_Bit",
                table: "CrimeGroups",
                column: "Bit",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrimeGroups_Code",
                table: "CrimeGroups",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorDefinitions_Code",
                table: "IndicatorDefinitions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_Indicator_UnitType_UnitCode_Date",
                table: "IndicatorTargets",
                columns: new[] { "Indicator", "UnitType", "UnitCode", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataCrimes_BoroughId_Month",
                table: "OpenDataCrimes",
                columns: new[] { "BoroughId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataCrimes_FallsWithin_Month",
                table: "OpenDataCrimes",
                columns: new[] { "FallsWithin", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataMonths_Force_Month",
                table: "OpenDataMonths",
                columns: new[] { "Force", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataOutcomes_CrimeId",
                table: "OpenDataOutcomes",
                column: "CrimeId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedIndicators_Indicator_UnitType_UnitCode_PeriodStart~",
                table: "PublishedIndicators",
                columns: new[] { "Indicator", "UnitType", "UnitCode", "PeriodStart", "PeriodEnd" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrimeGroupRules");

            migrationBuilder.DropTable(
                name: "IndicatorDefinitions");

            migrationBuilder.DropTable(
                name: "IndicatorTargets");

            migrationBuilder.DropTable(
                name: "LsoaWards");

            migrationBuilder.DropTable(
                name: "OpenDataCrimes");

            migrationBuilder.DropTable(
                name: "OpenDataMonths");

            migrationBuilder.DropTable(
                name: "OpenDataOutcomes");

            migrationBuilder.DropTable(
                name: "PublishedIndicators");

            migrationBuilder.DropTable(
                name: "CrimeGroups");

            migrationBuilder.DropIndex(
                name: "IX_SurveyAnswers_Survey_RespondentId_Question",
                table: "SurveyAnswers");

            migrationBuilder.DropIndex(
                name: "IX_Crimes_CommittedAt",
                table: "Crimes");

            migrationBuilder.DropIndex(
                name: "IX_Crimes_WardId_CommittedAt",
                table: "Crimes");

            migrationBuilder.DropColumn(
                name: "Business",
                table: "Crimes");

            migrationBuilder.DropColumn(
                name: "Domestic",
                table: "Crimes");

            migrationBuilder.DropColumn(
                name: "Groups",
                table: "Crimes");

            migrationBuilder.DropColumn(
                name: "HateCrime",
                table: "Crimes");

            migrationBuilder.DropColumn(
                name: "JuvenileVictim",
                table: "Crimes");

            migrationBuilder.DropColumn(
                name: "LocationKey",
                table: "Crimes");

            migrationBuilder.DropColumn(
                name: "Weapon",
                table: "Crimes");

            migrationBuilder.AlterColumn<string>(
                name: "VictimRef",
                table: "Crimes",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Street",
                table: "Crimes",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(120)",
                oldMaxLength: 120,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OffenderRef",
                table: "Crimes",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
