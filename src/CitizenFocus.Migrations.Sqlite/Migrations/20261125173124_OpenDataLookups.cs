using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CitizenFocus.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenDataLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows imported in the old shape are not converted: police.uk files are re-importable (imports
            // replace by force-month), and no release has held any. Clear them, and the months they made.
            migrationBuilder.Sql("DELETE FROM \"OpenDataOutcomes\"; DELETE FROM \"OpenDataCrimes\"; DELETE FROM \"OpenDataMonths\";");

            migrationBuilder.DropIndex(
                name: "IX_OpenDataCrimes_BoroughId_Month",
                table: "OpenDataCrimes");

            migrationBuilder.DropIndex(
                name: "IX_OpenDataCrimes_FallsWithin_Month",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "FallsWithin",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "LsoaCode",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "LsoaName",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "OutcomeType",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "ReportedBy",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "CrimeType",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "FallsWithin",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "LastOutcomeCategory",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "LsoaCode",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "LsoaName",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "ReportedBy",
                table: "OpenDataCrimes");

            migrationBuilder.AlterColumn<byte[]>(
                name: "CrimeId",
                table: "OpenDataOutcomes",
                type: "BLOB",
                maxLength: 32,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<int>(
                name: "FallsWithinId",
                table: "OpenDataOutcomes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OutcomeTypeId",
                table: "OpenDataOutcomes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PlaceId",
                table: "OpenDataOutcomes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedById",
                table: "OpenDataOutcomes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<byte[]>(
                name: "CrimeId",
                table: "OpenDataCrimes",
                type: "BLOB",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CrimeTypeId",
                table: "OpenDataCrimes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FallsWithinId",
                table: "OpenDataCrimes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OutcomeTypeId",
                table: "OpenDataCrimes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlaceId",
                table: "OpenDataCrimes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedById",
                table: "OpenDataCrimes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "OpenDataCrimeTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataCrimeTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataForces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataForces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataOutcomeTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataOutcomeTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataPlaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    LsoaCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    LsoaName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataPlaces", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "OpenDataCrimeTypes",
                columns: new[] { "Id", "Name", "Slug" },
                values: new object[,]
                {
                    { 1, "Anti-social behaviour", "anti-social-behaviour" },
                    { 2, "Bicycle theft", "bicycle-theft" },
                    { 3, "Burglary", "burglary" },
                    { 4, "Criminal damage and arson", "criminal-damage-arson" },
                    { 5, "Drugs", "drugs" },
                    { 6, "Other crime", "other-crime" },
                    { 7, "Other theft", "other-theft" },
                    { 8, "Possession of weapons", "possession-of-weapons" },
                    { 9, "Public order", "public-order" },
                    { 10, "Robbery", "robbery" },
                    { 11, "Shoplifting", "shoplifting" },
                    { 12, "Theft from the person", "theft-from-the-person" },
                    { 13, "Vehicle crime", "vehicle-crime" },
                    { 14, "Violence and sexual offences", "violent-crime" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataOutcomes_ReportedById_Month",
                table: "OpenDataOutcomes",
                columns: new[] { "ReportedById", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataCrimes_FallsWithinId_Month",
                table: "OpenDataCrimes",
                columns: new[] { "FallsWithinId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataCrimeTypes_Name",
                table: "OpenDataCrimeTypes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataForces_Name",
                table: "OpenDataForces",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataOutcomeTypes_Name",
                table: "OpenDataOutcomeTypes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataPlaces_LsoaCode",
                table: "OpenDataPlaces",
                column: "LsoaCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"OpenDataOutcomes\"; DELETE FROM \"OpenDataCrimes\"; DELETE FROM \"OpenDataMonths\";");

            migrationBuilder.DropTable(
                name: "OpenDataCrimeTypes");

            migrationBuilder.DropTable(
                name: "OpenDataForces");

            migrationBuilder.DropTable(
                name: "OpenDataOutcomeTypes");

            migrationBuilder.DropTable(
                name: "OpenDataPlaces");

            migrationBuilder.DropIndex(
                name: "IX_OpenDataOutcomes_ReportedById_Month",
                table: "OpenDataOutcomes");

            migrationBuilder.DropIndex(
                name: "IX_OpenDataCrimes_FallsWithinId_Month",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "FallsWithinId",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "OutcomeTypeId",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "PlaceId",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "ReportedById",
                table: "OpenDataOutcomes");

            migrationBuilder.DropColumn(
                name: "CrimeTypeId",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "FallsWithinId",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "OutcomeTypeId",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "PlaceId",
                table: "OpenDataCrimes");

            migrationBuilder.DropColumn(
                name: "ReportedById",
                table: "OpenDataCrimes");

            migrationBuilder.AlterColumn<string>(
                name: "CrimeId",
                table: "OpenDataOutcomes",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldMaxLength: 32);

            migrationBuilder.AddColumn<string>(
                name: "FallsWithin",
                table: "OpenDataOutcomes",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "OpenDataOutcomes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "OpenDataOutcomes",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "OpenDataOutcomes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaCode",
                table: "OpenDataOutcomes",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaName",
                table: "OpenDataOutcomes",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeType",
                table: "OpenDataOutcomes",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReportedBy",
                table: "OpenDataOutcomes",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "CrimeId",
                table: "OpenDataCrimes",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CrimeType",
                table: "OpenDataCrimes",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FallsWithin",
                table: "OpenDataCrimes",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LastOutcomeCategory",
                table: "OpenDataCrimes",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "OpenDataCrimes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "OpenDataCrimes",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "OpenDataCrimes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaCode",
                table: "OpenDataCrimes",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LsoaName",
                table: "OpenDataCrimes",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportedBy",
                table: "OpenDataCrimes",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataCrimes_BoroughId_Month",
                table: "OpenDataCrimes",
                columns: new[] { "BoroughId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataCrimes_FallsWithin_Month",
                table: "OpenDataCrimes",
                columns: new[] { "FallsWithin", "Month" });
        }
    }
}
