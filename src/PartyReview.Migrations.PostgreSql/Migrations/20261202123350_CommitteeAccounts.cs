using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CommitteeAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CommitteeId",
                table: "AspNetUsers",
                type: "integer",
                nullable: true);

            // The accounts of an installation upgraded from one committee all work for that committee.
            migrationBuilder.Sql("""UPDATE "AspNetUsers" SET "CommitteeId" = (SELECT MIN("Id") FROM "Committees");""");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CommitteeId",
                table: "AspNetUsers",
                column: "CommitteeId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Committees_CommitteeId",
                table: "AspNetUsers",
                column: "CommitteeId",
                principalTable: "Committees",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Committees_CommitteeId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_CommitteeId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CommitteeId",
                table: "AspNetUsers");
        }
    }
}
