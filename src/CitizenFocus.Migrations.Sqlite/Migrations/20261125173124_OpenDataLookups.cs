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
            // replace by force-month), and no release has held any. The two tables are dropped and made anew
            // rather than altered, since SQLite alters a column by rebuilding its table outside the transaction.
            migrationBuilder.Sql("DELETE FROM \"OpenDataMonths\";");

            migrationBuilder.DropTable(
                name: "OpenDataOutcomes");

            migrationBuilder.DropTable(
                name: "OpenDataCrimes");

            migrationBuilder.CreateTable(
                name: "OpenDataCrimes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    CrimeId = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedById = table.Column<int>(type: "INTEGER", nullable: false),
                    FallsWithinId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: true),
                    CrimeTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeTypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Context = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WardId = table.Column<int>(type: "INTEGER", nullable: true),
                    BoroughId = table.Column<int>(type: "INTEGER", nullable: true),
                    Groups = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataCrimes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataOutcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    CrimeId = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedById = table.Column<int>(type: "INTEGER", nullable: false),
                    FallsWithinId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: true),
                    OutcomeTypeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataOutcomes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataOutcomes_CrimeId",
                table: "OpenDataOutcomes",
                column: "CrimeId");

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
            migrationBuilder.Sql("DELETE FROM \"OpenDataMonths\";");

            migrationBuilder.DropTable(
                name: "OpenDataOutcomes");

            migrationBuilder.DropTable(
                name: "OpenDataCrimes");

            migrationBuilder.DropTable(
                name: "OpenDataCrimeTypes");

            migrationBuilder.DropTable(
                name: "OpenDataForces");

            migrationBuilder.DropTable(
                name: "OpenDataOutcomeTypes");

            migrationBuilder.DropTable(
                name: "OpenDataPlaces");

            migrationBuilder.CreateTable(
                name: "OpenDataCrimes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    CrimeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FallsWithin = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    LsoaCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    LsoaName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    CrimeType = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    LastOutcomeCategory = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Context = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WardId = table.Column<int>(type: "INTEGER", nullable: true),
                    BoroughId = table.Column<int>(type: "INTEGER", nullable: true),
                    Groups = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataCrimes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataOutcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    CrimeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FallsWithin = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    LsoaCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    LsoaName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    OutcomeType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataOutcomes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataCrimes_BoroughId_Month",
                table: "OpenDataCrimes",
                columns: new[] { "BoroughId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataCrimes_FallsWithin_Month",
                table: "OpenDataCrimes",
                columns: new[] { "FallsWithin", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataOutcomes_CrimeId",
                table: "OpenDataOutcomes",
                column: "CrimeId");
        }
    }
}
