using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AdministrationSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DefaultExcellenceQuotaPercent",
                table: "Committees",
                type: "int",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityType_EntityId_OccurredAt",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "DefaultExcellenceQuotaPercent",
                table: "Committees");
        }
    }
}
