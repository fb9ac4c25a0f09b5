using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Restructuring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Committees",
                type: "TEXT",
                nullable: true);

            // SQLite adds the nullable self-reference with its foreign key in place (ALTER TABLE … ADD COLUMN … REFERENCES),
            // so the table is not rebuilt and a fresh start stays quiet (see CommitteeAccounts). The model and the
            // snapshot are those EF generated.
            migrationBuilder.Sql(
                """
                ALTER TABLE "Committees" ADD COLUMN "SucceededById" INTEGER NULL
                    CONSTRAINT "FK_Committees_Committees_SucceededById" REFERENCES "Committees" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.CreateTable(
                name: "OrganizationMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromCommitteeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToCommitteeId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganizationIds = table.Column<string>(type: "TEXT", nullable: false),
                    AccountIds = table.Column<string>(type: "TEXT", nullable: false),
                    Merged = table.Column<bool>(type: "INTEGER", nullable: false),
                    MovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MovedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReversedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReversedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationMoves_Committees_FromCommitteeId",
                        column: x => x.FromCommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganizationMoves_Committees_ToCommitteeId",
                        column: x => x.ToCommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Committees_SucceededById",
                table: "Committees",
                column: "SucceededById");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationMoves_FromCommitteeId",
                table: "OrganizationMoves",
                column: "FromCommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationMoves_ToCommitteeId",
                table: "OrganizationMoves",
                column: "ToCommitteeId");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Committees_Committees_SucceededById",
                table: "Committees");

            migrationBuilder.DropTable(
                name: "OrganizationMoves");

            migrationBuilder.DropIndex(
                name: "IX_Committees_SucceededById",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "SucceededById",
                table: "Committees");
        }
    }
}
