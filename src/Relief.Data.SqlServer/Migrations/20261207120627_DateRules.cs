using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DateRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OutsideCampaignReason",
                table: "Visits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OutsideCampaignReason",
                table: "Visits");
        }
    }
}
