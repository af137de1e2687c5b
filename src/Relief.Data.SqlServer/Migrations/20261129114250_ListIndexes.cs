using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Visits_Region",
                table: "Visits",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_VisitedOn",
                table: "Visits",
                column: "VisitedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Households_Region_IsRemote",
                table: "Households",
                columns: new[] { "Region", "IsRemote" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Visits_Region",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_Visits_VisitedOn",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_Households_Region_IsRemote",
                table: "Households");
        }
    }
}
