using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class YearEndIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Visits_CampaignId_OrgUnitId_Kind",
                table: "Visits",
                columns: new[] { "CampaignId", "OrgUnitId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Households_Level_Status_OrgUnitId",
                table: "Households",
                columns: new[] { "Level", "Status", "OrgUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Visits_CampaignId_OrgUnitId_Kind",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_Households_Level_Status_OrgUnitId",
                table: "Households");
        }
    }
}
