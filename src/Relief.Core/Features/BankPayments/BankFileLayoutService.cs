using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.BankPayments;

/// <summary>代发文件格式: administrators set the layouts of bank files; everyone who exports picks one (or the generic one).</summary>
public sealed class BankFileLayoutService(
    ReliefDbContext db,
    ICurrentUser user,
    IValidator<BankFileLayoutInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<BankFileLayoutListItem>> ListAsync(CancellationToken ct = default)
    {
        var generic = BankFileLayout.Generic();
        var stored = await db.BankFileLayouts.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new BankFileLayoutListItem(l.Id, l.Name, l.Format, l.CsvEncoding, l.Columns, l.IdNumbersAllowed)).ToListAsync(ct);
        return [new BankFileLayoutListItem(null, generic.Name, generic.Format, generic.CsvEncoding, generic.Columns, false), .. stored];
    }

    /// <summary>The stored layout, or the generic one for null.</summary>
    public async Task<BankFileLayout> FindAsync(int? id, CancellationToken ct = default) => id is { } layoutId
        ? await db.BankFileLayouts.AsNoTracking().FirstOrDefaultAsync(l => l.Id == layoutId, ct) ?? throw new NotFoundException()
        : BankFileLayout.Generic();

    public async Task<BankFileLayoutInput> GetForEditAsync(int? id, CancellationToken ct = default) =>
        BankFileLayoutInput.From(await FindAsync(id, ct));

    /// <summary>Creates (id null) or changes a layout; administrators only.</summary>
    public async Task<ServiceResult<int>> SaveAsync(int? id, BankFileLayoutInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Administer);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var name = input.Name.Trim();
        if (await db.BankFileLayouts.AnyAsync(l => l.Name == name && l.Id != id, ct) || name == BankFileLayout.Generic().Name)
            return ServiceResult<int>.Failure(nameof(input.Name), messages["BankLayout.NameTaken", name]);
        BankFileLayout layout;
        if (id is { } layoutId)
        {
            layout = await db.BankFileLayouts.FirstOrDefaultAsync(l => l.Id == layoutId, ct) ?? throw new NotFoundException();
            db.Entry(layout).Property(l => l.Version).OriginalValue = input.Version;
        }
        else
        {
            layout = new BankFileLayout
            {
                Name = "", SheetName = "", Columns = "", StatusHeader = "", ReasonHeader = "", DateHeader = "", ReferenceHeader = "", PaidValues = "", FailedValues = "",
            };
            db.BankFileLayouts.Add(layout);
        }
        layout.Name = name;
        layout.Format = input.Format;
        layout.CsvEncoding = input.CsvEncoding;
        layout.SheetName = input.SheetName.Trim();
        layout.Columns = BankFileColumns.Write(BankFileColumns.Parse(input.Columns).Columns);
        layout.IdNumbersAllowed = input.IdNumbersAllowed;
        layout.StatusHeader = input.StatusHeader.Trim();
        layout.ReasonHeader = input.ReasonHeader.Trim();
        layout.DateHeader = input.DateHeader.Trim();
        layout.ReferenceHeader = input.ReferenceHeader.Trim();
        layout.PaidValues = input.PaidValues.Trim();
        layout.FailedValues = input.FailedValues.Trim();
        layout.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(layout.Id);
    }
}
