using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Relief.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MissingPapers",
                table: "GrantDecisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AttachmentKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EnglishName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttachmentKinds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: true),
                    KindId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ThumbnailHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClientUploadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DeletionReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_AttachmentKinds_KindId",
                        column: x => x.KindId,
                        principalTable: "AttachmentKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attachments_Grants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "Grants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attachments_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attachments_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attachments_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequiredPapers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AttachmentKindId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantKind = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequiredPapers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequiredPapers_AttachmentKinds_AttachmentKindId",
                        column: x => x.AttachmentKindId,
                        principalTable: "AttachmentKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AttachmentKinds",
                columns: new[] { "Id", "EnglishName", "IsRetired", "Name", "SortOrder" },
                values: new object[,]
                {
                    { 1, "Application form", false, "申请书", 10 },
                    { 2, "Economic check authorization", false, "授权委托书", 20 },
                    { 3, "Medical diagnosis", false, "诊断证明", 30 },
                    { 4, "Medical receipts", false, "医疗费用票据", 40 },
                    { 5, "Subsistence allowance certificate", false, "低保证/特困证明", 50 },
                    { 6, "Disability certificate", false, "残疾证", 60 },
                    { 7, "Admission letter / enrolment proof", false, "录取通知书/学籍证明", 70 },
                    { 8, "Visit photo", false, "走访照片", 80 },
                    { 9, "Other", false, "其他", 90 }
                });

            migrationBuilder.InsertData(
                table: "RequiredPapers",
                columns: new[] { "Id", "AttachmentKindId", "Category", "GrantKind" },
                values: new object[,]
                {
                    { 1, 1, null, null },
                    { 2, 2, null, null },
                    { 3, 3, null, 2 },
                    { 4, 4, null, 2 },
                    { 5, 7, null, 3 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentKinds_Name",
                table: "AttachmentKinds",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_ClientUploadId",
                table: "Attachments",
                column: "ClientUploadId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_ContentHash",
                table: "Attachments",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_GrantId",
                table: "Attachments",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_HouseholdId",
                table: "Attachments",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_KindId",
                table: "Attachments",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_OrgUnitId",
                table: "Attachments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_ThumbnailHash",
                table: "Attachments",
                column: "ThumbnailHash");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_VisitId",
                table: "Attachments",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequiredPapers_AttachmentKindId_Category_GrantKind",
                table: "RequiredPapers",
                columns: new[] { "AttachmentKindId", "Category", "GrantKind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "RequiredPapers");

            migrationBuilder.DropTable(
                name: "AttachmentKinds");

            migrationBuilder.DropColumn(
                name: "MissingPapers",
                table: "GrantDecisions");
        }
    }
}
