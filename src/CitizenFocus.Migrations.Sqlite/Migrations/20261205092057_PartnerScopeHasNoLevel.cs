using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Sqlite.Migrations
{
    /// <summary>A partner agency's account, stored with scope level 4, has no organisational level (null); its agency stays in ScopeUnitId.</summary>
    public partial class PartnerScopeHasNoLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"ScopeLevel\" = NULL WHERE \"ScopeLevel\" = 4");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"ScopeLevel\" = 4 WHERE \"ScopeLevel\" IS NULL");
        }
    }
}
