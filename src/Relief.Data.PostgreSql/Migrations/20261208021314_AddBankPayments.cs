using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Relief.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddBankPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BankReference",
                table: "Disbursements",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                collation: "C");

            migrationBuilder.CreateTable(
                name: "BankAccountChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HouseholdId = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    Before = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    After = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankAccountChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankAccountChanges_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BankAccounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HouseholdId = table.Column<int>(type: "integer", nullable: false),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Branch = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    HolderName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    HolderOutsideFamily = table.Column<bool>(type: "boolean", nullable: false),
                    NumberCipher = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    NumberHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    NumberMasked = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankAccounts_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BankFileLayouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Format = table.Column<int>(type: "integer", nullable: false),
                    CsvEncoding = table.Column<int>(type: "integer", nullable: false),
                    SheetName = table.Column<string>(type: "character varying(31)", maxLength: 31, nullable: false, collation: "C"),
                    Columns = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    IdNumbersAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    StatusHeader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    ReasonHeader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    DateHeader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    ReferenceHeader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    PaidValues = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    FailedValues = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankFileLayouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    LineCount = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    LayoutId = table.Column<int>(type: "integer", nullable: true),
                    ResultImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentBatches_BankFileLayouts_LayoutId",
                        column: x => x.LayoutId,
                        principalTable: "BankFileLayouts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentBatches_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentBatches_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentBatchLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PaymentBatchId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    GrantId = table.Column<int>(type: "integer", nullable: false),
                    OpenGrantId = table.Column<int>(type: "integer", nullable: true),
                    HouseholdId = table.Column<int>(type: "integer", nullable: false),
                    HolderName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Branch = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    AccountCipher = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    AccountHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    AccountMasked = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false, collation: "C"),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    BankDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BankReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    FailureReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    SettledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentBatchLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentBatchLines_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentBatchLines_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentBatchLines_PaymentBatches_PaymentBatchId",
                        column: x => x.PaymentBatchId,
                        principalTable: "PaymentBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BankAccountChanges_HouseholdId",
                table: "BankAccountChanges",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_BankAccounts_HouseholdId",
                table: "BankAccounts",
                column: "HouseholdId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BankFileLayouts_Name",
                table: "BankFileLayouts",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_CampaignId_OrgUnitId",
                table: "PaymentBatches",
                columns: new[] { "CampaignId", "OrgUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_LayoutId",
                table: "PaymentBatches",
                column: "LayoutId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_OrgUnitId",
                table: "PaymentBatches",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatchLines_GrantId",
                table: "PaymentBatchLines",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatchLines_HouseholdId",
                table: "PaymentBatchLines",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatchLines_OpenGrantId",
                table: "PaymentBatchLines",
                column: "OpenGrantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatchLines_PaymentBatchId_Sequence",
                table: "PaymentBatchLines",
                columns: new[] { "PaymentBatchId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BankAccountChanges");

            migrationBuilder.DropTable(
                name: "BankAccounts");

            migrationBuilder.DropTable(
                name: "PaymentBatchLines");

            migrationBuilder.DropTable(
                name: "PaymentBatches");

            migrationBuilder.DropTable(
                name: "BankFileLayouts");

            migrationBuilder.DropColumn(
                name: "BankReference",
                table: "Disbursements");
        }
    }
}
