using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.SqlServer.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SucceededById",
                table: "Committees",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganizationMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FromCommitteeId = table.Column<int>(type: "int", nullable: false),
                    ToCommitteeId = table.Column<int>(type: "int", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganizationIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AccountIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Merged = table.Column<bool>(type: "bit", nullable: false),
                    MovedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    MovedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReversedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReversedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
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

            migrationBuilder.AddForeignKey(
                name: "FK_Committees_Committees_SucceededById",
                table: "Committees",
                column: "SucceededById",
                principalTable: "Committees",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
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
