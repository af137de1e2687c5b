using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VisitHouseholds_HouseholdId",
                table: "VisitHouseholds");

            migrationBuilder.DropIndex(
                name: "IX_Surveys_CampaignId",
                table: "Surveys");

            migrationBuilder.DropIndex(
                name: "IX_Households_Name",
                table: "Households");

            migrationBuilder.DropIndex(
                name: "IX_Grants_CampaignId_Status",
                table: "Grants");

            migrationBuilder.AddColumn<int>(
                name: "CampaignId",
                table: "VisitHouseholds",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberLastFour",
                table: "Households",
                type: "nvarchar(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "");

            // Derived columns of existing rows: the last four of each ID number from its masked form (the number
            // itself is encrypted), and each visit line's campaign from its visit. Tallies are counted at start-up.
            migrationBuilder.Sql("UPDATE [Households] SET [IdNumberLastFour] = RIGHT([IdNumberMasked], 4);");
            migrationBuilder.Sql("UPDATE [VisitHouseholds] SET [CampaignId] = (SELECT [v].[CampaignId] FROM [Visits] AS [v] WHERE [v].[Id] = [VisitHouseholds].[VisitId]);");

            migrationBuilder.CreateTable(
                name: "CampaignTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Measure = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Grants = table.Column<int>(type: "int", nullable: false),
                    Households = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignTallies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignTallies_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitHouseholds_HouseholdId_CampaignId",
                table: "VisitHouseholds",
                columns: new[] { "HouseholdId", "CampaignId" });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_CampaignId_HouseholdId_SurveyedOn_OrgUnitId",
                table: "Surveys",
                columns: new[] { "CampaignId", "HouseholdId", "SurveyedOn", "OrgUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Households_IdNumberLastFour",
                table: "Households",
                column: "IdNumberLastFour");

            migrationBuilder.CreateIndex(
                name: "IX_Households_Name_OrgUnitId_Status",
                table: "Households",
                columns: new[] { "Name", "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Grants_CampaignId_AppliedOn",
                table: "Grants",
                columns: new[] { "CampaignId", "AppliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Grants_CampaignId_Status_AppliedOn",
                table: "Grants",
                columns: new[] { "CampaignId", "Status", "AppliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTallies_CampaignId_Measure_Scope",
                table: "CampaignTallies",
                columns: new[] { "CampaignId", "Measure", "Scope" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTallies_CampaignId_Scope_Measure_Status_Category_Kind",
                table: "CampaignTallies",
                columns: new[] { "CampaignId", "Scope", "Measure", "Status", "Category", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignTallies");

            migrationBuilder.DropIndex(
                name: "IX_VisitHouseholds_HouseholdId_CampaignId",
                table: "VisitHouseholds");

            migrationBuilder.DropIndex(
                name: "IX_Surveys_CampaignId_HouseholdId_SurveyedOn_OrgUnitId",
                table: "Surveys");

            migrationBuilder.DropIndex(
                name: "IX_Households_IdNumberLastFour",
                table: "Households");

            migrationBuilder.DropIndex(
                name: "IX_Households_Name_OrgUnitId_Status",
                table: "Households");

            migrationBuilder.DropIndex(
                name: "IX_Grants_CampaignId_AppliedOn",
                table: "Grants");

            migrationBuilder.DropIndex(
                name: "IX_Grants_CampaignId_Status_AppliedOn",
                table: "Grants");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "VisitHouseholds");

            migrationBuilder.DropColumn(
                name: "IdNumberLastFour",
                table: "Households");

            migrationBuilder.CreateIndex(
                name: "IX_VisitHouseholds_HouseholdId",
                table: "VisitHouseholds",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_CampaignId",
                table: "Surveys",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Households_Name",
                table: "Households",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Grants_CampaignId_Status",
                table: "Grants",
                columns: new[] { "CampaignId", "Status" });
        }
    }
}
