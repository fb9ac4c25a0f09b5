using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommitteeAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite adds a nullable column with its foreign key in place (ALTER TABLE … ADD COLUMN … REFERENCES), so the
            // table is not rebuilt: EF's rebuild for AddForeignKey would switch foreign keys off, which SQLite cannot do
            // inside the migration's transaction, and warn on every fresh start (see MembershipLedger). The model and
            // the snapshot are those EF generated.
            migrationBuilder.Sql(
                """
                ALTER TABLE "AspNetUsers" ADD COLUMN "CommitteeId" INTEGER NULL
                    CONSTRAINT "FK_AspNetUsers_Committees_CommitteeId" REFERENCES "Committees" ("Id") ON DELETE RESTRICT;
                """);

            // The accounts of an installation upgraded from one committee all work for that committee.
            migrationBuilder.Sql("""UPDATE "AspNetUsers" SET "CommitteeId" = (SELECT MIN("Id") FROM "Committees");""");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CommitteeId",
                table: "AspNetUsers",
                column: "CommitteeId");

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
