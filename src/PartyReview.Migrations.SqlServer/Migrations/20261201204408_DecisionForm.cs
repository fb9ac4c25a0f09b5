using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DecisionForm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionArticle2",
                table: "Committees",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionArticle3",
                table: "Committees",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionPreamble",
                table: "Committees",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionProposal",
                table: "Committees",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionRecipients",
                table: "Committees",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Article2",
                table: "CommendationDecisions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Article3",
                table: "CommendationDecisions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Preamble",
                table: "CommendationDecisions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Proposal",
                table: "CommendationDecisions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Recipients",
                table: "CommendationDecisions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionArticle2",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "DecisionArticle3",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "DecisionPreamble",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "DecisionProposal",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "DecisionRecipients",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "Article2",
                table: "CommendationDecisions");

            migrationBuilder.DropColumn(
                name: "Article3",
                table: "CommendationDecisions");

            migrationBuilder.DropColumn(
                name: "Preamble",
                table: "CommendationDecisions");

            migrationBuilder.DropColumn(
                name: "Proposal",
                table: "CommendationDecisions");

            migrationBuilder.DropColumn(
                name: "Recipients",
                table: "CommendationDecisions");
        }
    }
}
