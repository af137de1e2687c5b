using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relief.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddServiceEventsAndPairing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HelperPairings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    HelperUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    HelperName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HelperTitle = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    HelperWorkplace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PairedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelperPairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelperPairings_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HelperPairings_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    Employers = table.Column<int>(type: "INTEGER", nullable: true),
                    JobTypes = table.Column<int>(type: "INTEGER", nullable: true),
                    PositionsOffered = table.Column<int>(type: "INTEGER", nullable: true),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: true),
                    HiringIntentions = table.Column<int>(type: "INTEGER", nullable: true),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: true),
                    Trainees = table.Column<int>(type: "INTEGER", nullable: true),
                    Consultations = table.Column<int>(type: "INTEGER", nullable: true),
                    CasesTaken = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceEvents_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceEvents_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PairedHouseholds",
                columns: table => new
                {
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairedHouseholds", x => new { x.PairingId, x.HouseholdId });
                    table.ForeignKey(
                        name: "FK_PairedHouseholds_HelperPairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "HelperPairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairedHouseholds_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceEventHouseholds",
                columns: table => new
                {
                    ServiceEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceEventHouseholds", x => new { x.ServiceEventId, x.HouseholdId });
                    table.ForeignKey(
                        name: "FK_ServiceEventHouseholds_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceEventHouseholds_ServiceEvents_ServiceEventId",
                        column: x => x.ServiceEventId,
                        principalTable: "ServiceEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpRecords_HelperPairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "HelperPairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HelpRecords_PairedHouseholds_PairingId_HouseholdId",
                        columns: x => new { x.PairingId, x.HouseholdId },
                        principalTable: "PairedHouseholds",
                        principalColumns: new[] { "PairingId", "HouseholdId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HelperPairings_CampaignId_Year",
                table: "HelperPairings",
                columns: new[] { "CampaignId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_HelperPairings_OrgUnitId_Year",
                table: "HelperPairings",
                columns: new[] { "OrgUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRecords_PairingId_HouseholdId_GivenOn",
                table: "HelpRecords",
                columns: new[] { "PairingId", "HouseholdId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PairedHouseholds_HouseholdId",
                table: "PairedHouseholds",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceEventHouseholds_HouseholdId",
                table: "ServiceEventHouseholds",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceEvents_CampaignId_HeldOn",
                table: "ServiceEvents",
                columns: new[] { "CampaignId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceEvents_OrgUnitId_HeldOn",
                table: "ServiceEvents",
                columns: new[] { "OrgUnitId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HelpRecords");

            migrationBuilder.DropTable(
                name: "ServiceEventHouseholds");

            migrationBuilder.DropTable(
                name: "PairedHouseholds");

            migrationBuilder.DropTable(
                name: "ServiceEvents");

            migrationBuilder.DropTable(
                name: "HelperPairings");
        }
    }
}
