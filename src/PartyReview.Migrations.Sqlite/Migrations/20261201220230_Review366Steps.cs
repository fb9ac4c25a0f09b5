using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyReview.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Review366Steps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SubjectType",
                table: "MemberReviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CriteriaFrames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    CommonMaximum = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    TaskMaximum = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriteriaFrames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriteriaFrames_ReviewPeriods_ReviewPeriodId",
                        column: x => x.ReviewPeriodId,
                        principalTable: "ReviewPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    CommonPoints = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    TaskPoints = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    OnTimePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ExceededPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    RemediedPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    NotRatedReason = table.Column<int>(type: "INTEGER", nullable: true),
                    AdjustmentReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewSteps_ReviewPeriods_ReviewPeriodId",
                        column: x => x.ReviewPeriodId,
                        principalTable: "ReviewPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CriterionItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CriteriaFrameId = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionItem_CriteriaFrames_CriteriaFrameId",
                        column: x => x.CriteriaFrameId,
                        principalTable: "CriteriaFrames",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaFrames_ReviewPeriodId_Subject",
                table: "CriteriaFrames",
                columns: new[] { "ReviewPeriodId", "Subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriterionItem_CriteriaFrameId_Position",
                table: "CriterionItem",
                columns: new[] { "CriteriaFrameId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSteps_MemberId",
                table: "ReviewSteps",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSteps_ReviewPeriodId_Subject_ReviewId_Step",
                table: "ReviewSteps",
                columns: new[] { "ReviewPeriodId", "Subject", "ReviewId", "Step" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CriterionItem");

            migrationBuilder.DropTable(
                name: "ReviewSteps");

            migrationBuilder.DropTable(
                name: "CriteriaFrames");

            migrationBuilder.DropColumn(
                name: "SubjectType",
                table: "MemberReviews");
        }
    }
}
