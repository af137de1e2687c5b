using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.Sqlite.Migrations
{
    /// <summary>
    /// The tallies gain a measure (paid households and in-kind value by category, for the year-end summary): empty
    /// them, and start-up counts every campaign again with it (CampaignTallyKeeper.FillMissingAsync). No schema change.
    /// </summary>
    public partial class RecountTalliesForPaidCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"CampaignTallies\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Counted again at start-up without the measure.
            migrationBuilder.Sql("DELETE FROM \"CampaignTallies\";");
        }
    }
}
