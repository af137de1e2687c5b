using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Attachments;

/// <summary>The administrator extends the list of paper kinds and the checklist beside the defaults the migration seeds.</summary>
public sealed class AttachmentKindServiceTests : IAsyncLifetime
{
    private AttachmentsDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AttachmentsDatabase.CreateAsync();
        _db.Db.ActAs(new FixedCurrentUser("admin", "管理员", _db.Db.Company.Id, _db.Db.Company.Path, Roles.Administrator));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<T> KindsAsync<T>(Func<AttachmentKindService, Task<T>> work) =>
        _db.Db.RunAsync(sp => work((AttachmentKindService)sp.GetService(typeof(AttachmentKindService))!));

    [Fact]
    public async Task The_database_starts_with_the_nine_default_kinds_and_the_issues_checklist()
    {
        var kinds = await KindsAsync(s => s.ListAsync());
        var checklist = await KindsAsync(s => s.ChecklistAsync());

        Assert.Equal(["申请书", "授权委托书", "诊断证明", "医疗费用票据", "低保证/特困证明", "残疾证", "录取通知书/学籍证明", "走访照片", "其他"], kinds.Select(k => k.Name));
        Assert.Equal(
            [(null, null, "申请书"), (null, null, "授权委托书"), (null, GrantKind.SeriousIllnessAid, "诊断证明"), (null, GrantKind.SeriousIllnessAid, "医疗费用票据"), (null, GrantKind.StudentAid, "录取通知书/学籍证明")],
            checklist.Select(l => ((HouseholdCategory?)l.Category, l.GrantKind, l.Kind.Name)));
    }

    [Fact]
    public async Task An_administrator_adds_a_kind_and_requires_it_for_a_category_beside_the_seeded_rows()
    {
        var added = await KindsAsync(s => s.AddAsync(new AttachmentKindInput { Name = "户口本", EnglishName = "Household register" }));
        Assert.True(added.Succeeded, string.Join("; ", added.Validation.Errors));
        var required = await KindsAsync(s => s.RequireAsync(new RequiredPaperInput { KindId = added.Value, Category = HouseholdCategory.Disabled }));
        Assert.True(required.Succeeded, string.Join("; ", required.Validation.Errors));

        var again = await KindsAsync(s => s.AddAsync(new AttachmentKindInput { Name = " 户口本 " }));
        var twice = await KindsAsync(s => s.RequireAsync(new RequiredPaperInput { KindId = added.Value, Category = HouseholdCategory.Disabled }));
        var both = await KindsAsync(s => s.RequireAsync(new RequiredPaperInput { KindId = added.Value, Category = HouseholdCategory.Disabled, GrantKind = GrantKind.Emergency }));

        Assert.Equal("已有名为“户口本”的类别。", Assert.Single(again.Validation.Errors).ErrorMessage);
        Assert.False(twice.Succeeded);
        Assert.False(both.Succeeded);
        Assert.Contains(await KindsAsync(s => s.ChecklistAsync()), l => l.Kind.Name == "户口本" && l.Category == HouseholdCategory.Disabled);
    }

    [Fact]
    public async Task An_officer_may_not_change_the_list()
    {
        _db.Db.ActAs(_db.Db.Officer(_db.Db.BranchA));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => KindsAsync(s => s.AddAsync(new AttachmentKindInput { Name = "户口本" })));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => KindsAsync<ServiceResult<int>>(s => s.RequireAsync(new RequiredPaperInput { KindId = 1 })));
    }
}
