using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddHotlineAndGoods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CampaignHotlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DutyHours = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HoursPerDay = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignHotlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignHotlines_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoodsStocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReceivedQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    ReceivedValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    HandedOutQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    HandedOutValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodsStocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodsStocks_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoodsStocks_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HotlineCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CalledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: true),
                    CallerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CallerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TakenByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    TakenByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HotlineCalls_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HotlineCalls_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HotlineCalls_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HotlineCalls_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HotlineCalls_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoodsHandouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GoodsStockId = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    HandedOutOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HandedOutBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodsHandouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodsHandouts_GoodsStocks_GoodsStockId",
                        column: x => x.GoodsStockId,
                        principalTable: "GoodsStocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoodsHandouts_GrantItems_GrantItemId",
                        column: x => x.GrantItemId,
                        principalTable: "GrantItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoodsHandouts_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoodsHandouts_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoodsReceipts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodsStockId = table.Column<int>(type: "INTEGER", nullable: false),
                    Donor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodsReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodsReceipts_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoodsReceipts_GoodsStocks_GoodsStockId",
                        column: x => x.GoodsStockId,
                        principalTable: "GoodsStocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoodsReceipts_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignHotlines_CampaignId",
                table: "CampaignHotlines",
                column: "CampaignId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoodsHandouts_GoodsStockId",
                table: "GoodsHandouts",
                column: "GoodsStockId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsHandouts_GrantId",
                table: "GoodsHandouts",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsHandouts_GrantItemId",
                table: "GoodsHandouts",
                column: "GrantItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoodsHandouts_OrgUnitId",
                table: "GoodsHandouts",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsReceipts_CampaignId_ReceivedOn",
                table: "GoodsReceipts",
                columns: new[] { "CampaignId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GoodsReceipts_GoodsStockId",
                table: "GoodsReceipts",
                column: "GoodsStockId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsReceipts_OrgUnitId",
                table: "GoodsReceipts",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsStocks_CampaignId_OrgUnitId_ItemName_Unit",
                table: "GoodsStocks",
                columns: new[] { "CampaignId", "OrgUnitId", "ItemName", "Unit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoodsStocks_OrgUnitId",
                table: "GoodsStocks",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CampaignId_CalledAt",
                table: "HotlineCalls",
                columns: new[] { "CampaignId", "CalledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_ConcernId",
                table: "HotlineCalls",
                column: "ConcernId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_GrantId",
                table: "HotlineCalls",
                column: "GrantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_HouseholdId",
                table: "HotlineCalls",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_OrgUnitId",
                table: "HotlineCalls",
                column: "OrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignHotlines");

            migrationBuilder.DropTable(
                name: "GoodsHandouts");

            migrationBuilder.DropTable(
                name: "GoodsReceipts");

            migrationBuilder.DropTable(
                name: "HotlineCalls");

            migrationBuilder.DropTable(
                name: "GoodsStocks");
        }
    }
}
