using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MembershipLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The new columns and the foreign key to the counterpart organization need a rebuild of MembershipEvents.
            // EF's own rebuild (for AddForeignKey) switches PRAGMA foreign_keys off, which SQLite cannot do inside a
            // transaction: the migration then ran partly outside one and warned on every fresh start. The rebuild is
            // written here instead, in the migration's transaction with foreign keys on. That is safe because no table
            // references MembershipEvents, so dropping it checks no constraint. The resulting table, its constraints
            // and its indexes are exactly those EF's rebuild produced (same text in sqlite_master), and the model and
            // snapshot are unchanged. Databases that applied the earlier form of this migration are not touched.
            migrationBuilder.Sql(
                """
                CREATE TABLE "ef_temp_MembershipEvents" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_MembershipEvents" PRIMARY KEY AUTOINCREMENT,
                    "CardNumber" TEXT NULL,
                    "CounterpartOrganizationId" INTEGER NULL,
                    "DecisionNumber" TEXT NULL,
                    "Kind" INTEGER NOT NULL,
                    "MemberId" INTEGER NOT NULL,
                    "Note" TEXT NULL,
                    "OccurredOn" TEXT NOT NULL,
                    "OrganizationId" INTEGER NOT NULL,
                    "RecordedAt" TEXT NULL,
                    "RecordedBy" TEXT NULL,
                    CONSTRAINT "FK_MembershipEvents_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_MembershipEvents_Organizations_CounterpartOrganizationId" FOREIGN KEY ("CounterpartOrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_MembershipEvents_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
                );
                """);

            migrationBuilder.Sql(
                """
                INSERT INTO "ef_temp_MembershipEvents" ("Id", "DecisionNumber", "Kind", "MemberId", "Note", "OccurredOn", "OrganizationId")
                SELECT "Id", "DecisionNumber", "Kind", "MemberId", "Note", "OccurredOn", "OrganizationId"
                FROM "MembershipEvents";
                """);

            // Its old indexes (MemberId_OccurredOn, OccurredOn_Kind, OrganizationId) go with the old table.
            migrationBuilder.Sql("""DROP TABLE "MembershipEvents";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_MembershipEvents" RENAME TO "MembershipEvents";""");

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
                name: "IX_MembershipEvents_OccurredOn_Kind",
                table: "MembershipEvents",
                columns: new[] { "OccurredOn", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipEvents_OrganizationId_OccurredOn",
                table: "MembershipEvents",
                columns: new[] { "OrganizationId", "OccurredOn" });

            // Members entered before the ledger get their entries, so membership can be derived from it.
            foreach (var statement in PartyReview.Data.Upgrades.LedgerBackfill.Statements)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Going back is a deliberate operator's act: EF's own rebuild, with its warnings, is left as generated.
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
