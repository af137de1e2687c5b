using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class GrantTotalsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Grants_Totals",
                table: "Grants",
                columns: new[] { "CampaignId", "Status", "Kind", "Category", "OrgUnitId", "HouseholdId", "CashAmount", "InKindValue", "TotalAmount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Grants_Totals",
                table: "Grants");
        }
    }
}
