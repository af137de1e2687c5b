using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NoticeLinesByGrant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NoticeItems_GrantId",
                table: "NoticeItems");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeItems_GrantId_PublicNoticeId_Amount",
                table: "NoticeItems",
                columns: new[] { "GrantId", "PublicNoticeId", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NoticeItems_GrantId_PublicNoticeId_Amount",
                table: "NoticeItems");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeItems_GrantId",
                table: "NoticeItems",
                column: "GrantId");
        }
    }
}
