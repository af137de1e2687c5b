using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;

namespace Relief.Core.Features.Administration;

/// <summary>
/// Creates the root union and the first administrator when the system has no user yet. Once anyone exists it
/// refuses, so the page cannot be used to plant a second administrator.
/// </summary>
public sealed class FirstRunService(ReliefDbContext db, UserManager<ReliefUser> users, IValidator<FirstRunInput> validator, TimeProvider clock)
{
    public async Task<bool> IsNeededAsync(CancellationToken ct = default) => !await db.Users.AnyAsync(ct);

    public async Task<(ValidationResult Result, ReliefUser? Administrator)> CreateAsync(FirstRunInput input, CancellationToken ct = default)
    {
        var result = await validator.ValidateAsync(input, ct);
        if (!result.IsValid) return (result, null);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Users.AnyAsync(ct)) throw new InvalidOperationException("First run is over: a user exists.");

        var unit = new OrgUnit { Name = input.UnitName.Trim(), Kind = input.UnitKind };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = OrgUnit.ChildPath("/", unit.Id);
        await db.SaveChangesAsync(ct);

        var admin = new ReliefUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            OrgUnitId = unit.Id,
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(admin, input.Password);
        if (created.Succeeded) created = await users.AddToRoleAsync(admin, Roles.Administrator);
        if (!created.Succeeded)
        {
            // Identity's messages are already localized by its error describer; the unit is rolled back with the user.
            result.Errors.AddRange(created.Errors.Select(e => new ValidationFailure(nameof(FirstRunInput.Password), e.Description)));
            return (result, null);
        }
        await transaction.CommitAsync(ct);
        return (result, admin);
    }
}
