using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationTree : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The column and its foreign key in one ALTER TABLE: SQLite accepts a REFERENCES clause on an added column
            // whose default is NULL. EF's own way (AddForeignKey) rebuilds the table with PRAGMA foreign_keys off, which
            // SQLite cannot do inside a transaction (the migration would run partly outside one and warn on every fresh
            // start), and a rebuild inside the transaction with foreign keys on is impossible here: many tables
            // reference Organizations. The model and snapshot are the same as for the other providers.
            migrationBuilder.Sql(
                "ALTER TABLE \"Organizations\" ADD \"ParentId\" INTEGER NULL "
                + "CONSTRAINT \"FK_Organizations_Organizations_ParentId\" REFERENCES \"Organizations\" (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_ParentId",
                table: "Organizations",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Organizations_Organizations_ParentId",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_ParentId",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "Organizations");
        }
    }
}
