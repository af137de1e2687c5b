using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VisitListIndexes : Migration
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
        }
    }
}
