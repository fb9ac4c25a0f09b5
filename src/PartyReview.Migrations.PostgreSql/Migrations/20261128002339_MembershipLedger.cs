using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MembershipLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MembershipEvents_MemberId_OccurredOn",
                table: "MembershipEvents");

            migrationBuilder.DropIndex(
                name: "IX_MembershipEvents_OrganizationId",
                table: "MembershipEvents");

            migrationBuilder.AddColumn<string>(
                name: "CardNumber",
                table: "MembershipEvents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CounterpartOrganizationId",
                table: "MembershipEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RecordedAt",
                table: "MembershipEvents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "MembershipEvents",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembershipEvents_CardNumber",
                table: "MembershipEvents",
                column: "CardNumber");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipEvents_CounterpartOrganizationId",
                table: "MembershipEvents",
                column: "CounterpartOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipEvents_MemberId_OccurredOn_Id",
                table: "MembershipEvents",
                columns: new[] { "MemberId", "OccurredOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipEvents_OrganizationId_OccurredOn",
                table: "MembershipEvents",
                columns: new[] { "OrganizationId", "OccurredOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_MembershipEvents_Organizations_CounterpartOrganizationId",
                table: "MembershipEvents",
                column: "CounterpartOrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Members entered before the ledger get their entries, so membership can be derived from it.
            foreach (var statement in PartyReview.Data.Upgrades.LedgerBackfill.Statements)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MembershipEvents_Organizations_CounterpartOrganizationId",
                table: "MembershipEvents");

            migrationBuilder.DropIndex(
                name: "IX_MembershipEvents_CardNumber",
                table: "MembershipEvents");

            migrationBuilder.DropIndex(
                name: "IX_MembershipEvents_CounterpartOrganizationId",
                table: "MembershipEvents");

            migrationBuilder.DropIndex(
                name: "IX_MembershipEvents_MemberId_OccurredOn_Id",
                table: "MembershipEvents");

            migrationBuilder.DropIndex(
                name: "IX_MembershipEvents_OrganizationId_OccurredOn",
                table: "MembershipEvents");

            migrationBuilder.DropColumn(
                name: "CardNumber",
                table: "MembershipEvents");

            migrationBuilder.DropColumn(
                name: "CounterpartOrganizationId",
                table: "MembershipEvents");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "MembershipEvents");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "MembershipEvents");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipEvents_MemberId_OccurredOn",
                table: "MembershipEvents",
                columns: new[] { "MemberId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipEvents_OrganizationId",
                table: "MembershipEvents",
                column: "OrganizationId");
        }
    }
}
