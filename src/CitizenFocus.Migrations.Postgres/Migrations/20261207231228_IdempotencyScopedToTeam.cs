using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenFocus.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyScopedToTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TeamMessages_IdempotencyKey",
                table: "TeamMessages");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyScope",
                table: "TeamMessages",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            // Keys stored before keys were scoped came from the two forms (the APIs log as the same actors):
            // the public's from the contact form, staff keys from the "Log a message" form.
            migrationBuilder.Sql("""
                UPDATE "TeamMessages" SET "IdempotencyScope" = CASE WHEN "LoggedBy" = 'public' THEN 'public-form' ELSE 'staff-form' END
                WHERE "IdempotencyKey" IS NOT NULL
                """);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMessages_TeamId_IdempotencyScope_IdempotencyKey",
                table: "TeamMessages",
                columns: new[] { "TeamId", "IdempotencyScope", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TeamMessages_TeamId_IdempotencyScope_IdempotencyKey",
                table: "TeamMessages");

            migrationBuilder.DropColumn(
                name: "IdempotencyScope",
                table: "TeamMessages");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMessages_IdempotencyKey",
                table: "TeamMessages",
                column: "IdempotencyKey",
                unique: true);
        }
    }
}
