using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Administration;

/// <summary>
/// Users of the administrator's unit and the units below it: create with role and unit, edit, reset password,
/// lock and unlock, deactivate. Users are never deleted: the audit log and records keep pointing at them.
/// </summary>
public sealed class UserAdminService(
    ReliefDbContext db, UserManager<ReliefUser> users, ICurrentUser currentUser, IValidator<UserInput> validator,
    IStringLocalizer<CoreMessages> messages, TimeProvider clock)
{
    public async Task<PagedResult<UserSummary>> ListAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        var scope = currentUser.ScopePath;
        var now = clock.GetUtcNow();
        var query = from u in db.Users.AsNoTracking()
                    join unit in db.OrgUnits on u.OrgUnitId equals unit.Id
                    where unit.Path.StartsWith(scope)
                    select new { u, unit };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(x => x.u.UserName!.Contains(term) || x.u.DisplayName.Contains(term));
        }
        var result = await query
            .OrderByDescending(x => x.u.IsActive).ThenBy(x => x.unit.Path).ThenBy(x => x.u.UserName)
            .Select(x => new
            {
                x.u.Id, x.u.UserName, x.u.DisplayName, x.u.Title, x.u.PhoneNumber, x.u.OrgUnitId, UnitName = x.unit.Name,
                Role = db.UserRoles.Where(r => r.UserId == x.u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                x.u.IsActive, x.u.LockoutEnd, x.u.AccessFailedCount, x.u.ConcurrencyStamp,
            })
            .ToPageAsync(page, ct);
        var items = result.Items.Select(x => new UserSummary(
            x.Id, x.UserName ?? "", x.DisplayName, x.Title, x.PhoneNumber, x.OrgUnitId, x.UnitName, x.Role ?? "",
            x.IsActive, x.LockoutEnd > now, x.AccessFailedCount, x.ConcurrencyStamp)).ToList();
        return new PagedResult<UserSummary>(items, result.Total, result.Page, result.PageSize);
    }

    public async Task<UserSummary> GetAsync(string id, CancellationToken ct = default)
    {
        var user = await FindInScopeAsync(id, ct);
        var roles = await users.GetRolesAsync(user);
        var unitName = await db.OrgUnits.Where(u => u.Id == user.OrgUnitId).Select(u => u.Name).FirstAsync(ct);
        return new UserSummary(user.Id, user.UserName ?? "", user.DisplayName, user.Title, user.PhoneNumber, user.OrgUnitId, unitName,
            roles.FirstOrDefault() ?? "", user.IsActive, user.LockoutEnd > clock.GetUtcNow(), user.AccessFailedCount, user.ConcurrencyStamp);
    }

    public async Task<ServiceResult<string>> CreateAsync(UserInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (string.IsNullOrEmpty(input.Password)) validation.Errors.Add(new ValidationFailure(nameof(input.Password), messages["User.PasswordRequired"]));
        if (!validation.IsValid) return ServiceResult<string>.Failure(validation);
        if (!await UnitInScopeAsync(input.OrgUnitId, ct)) return ServiceResult<string>.Failure(nameof(input.OrgUnitId), messages["User.UnitRequired"]);

        var user = new ReliefUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            Title = input.Title.TrimmedOrNull(),
            PhoneNumber = PhoneNumber.StoredOrNull(input.PhoneNumber),
            OrgUnitId = input.OrgUnitId,
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, input.Password!);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, input.Role);
        if (!created.Succeeded) return Failure(created, nameof(input.Password));
        await transaction.CommitAsync(ct);
        return ServiceResult<string>.Success(user.Id);
    }

    public async Task<ServiceResult<string>> UpdateAsync(string id, UserInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<string>.Failure(validation);
        var user = await FindInScopeAsync(id, ct);
        if (!await UnitInScopeAsync(input.OrgUnitId, ct)) return ServiceResult<string>.Failure(nameof(input.OrgUnitId), messages["User.UnitRequired"]);
        if (user.Id == currentUser.UserId && !Permissions.Grants(input.Role, Permission.Administer))
            return ServiceResult<string>.Failure(nameof(input.Role), messages["User.CannotDemoteSelf"]);

        // Identity checks ConcurrencyStamp on update: a stale form is refused, not applied. The user was loaded here, so
        // the check compares with the stamp loaded now unless the form's stamp is made the original value.
        user.ConcurrencyStamp = input.ConcurrencyStamp;
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
        user.UserName = input.UserName.Trim();
        user.DisplayName = input.DisplayName.Trim();
        user.Title = input.Title.TrimmedOrNull();
        user.PhoneNumber = PhoneNumber.StoredOrNull(input.PhoneNumber);
        user.OrgUnitId = input.OrgUnitId;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            if (updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                // The tracked user holds the refused edit; the conflict view reads the saved account afresh.
                db.ChangeTracker.Clear();
                throw new ConcurrencyConflictException();
            }
            return Failure(updated, nameof(input.UserName));
        }
        var roles = await users.GetRolesAsync(user);
        if (!roles.SequenceEqual([input.Role]))
        {
            await users.RemoveFromRolesAsync(user, roles);
            await users.AddToRoleAsync(user, input.Role);
            // Role and unit live in the cookie: force a fresh sign-in so the change takes effect now.
            await users.UpdateSecurityStampAsync(user);
        }
        await transaction.CommitAsync(ct);
        return ServiceResult<string>.Success(user.Id);
    }

    public async Task<ServiceResult<string>> ResetPasswordAsync(string id, string newPassword, CancellationToken ct = default)
    {
        var user = await FindInScopeAsync(id, ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded) return Failure(reset, "NewPassword");
        await users.ResetAccessFailedCountAsync(user);
        return ServiceResult<string>.Success(user.Id);
    }

    public async Task<ServiceResult<string>> SetLockedAsync(string id, bool locked, CancellationToken ct = default)
    {
        var user = await FindInScopeAsync(id, ct);
        if (locked && user.Id == currentUser.UserId) return ServiceResult<string>.Failure("", messages["User.CannotLockSelf"]);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked) await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return ServiceResult<string>.Success(user.Id);
    }

    public async Task<ServiceResult<string>> SetActiveAsync(string id, bool active, CancellationToken ct = default)
    {
        var user = await FindInScopeAsync(id, ct);
        if (!active && user.Id == currentUser.UserId) return ServiceResult<string>.Failure("", messages["User.CannotDeactivateSelf"]);
        user.IsActive = active;
        await users.UpdateAsync(user);
        // A new security stamp ends the user's open sessions within the validation interval.
        await users.UpdateSecurityStampAsync(user);
        return ServiceResult<string>.Success(user.Id);
    }

    private async Task<ReliefUser> FindInScopeAsync(string id, CancellationToken ct)
    {
        var scope = currentUser.ScopePath;
        return await db.Users.FirstOrDefaultAsync(u => u.Id == id && db.OrgUnits.Any(o => o.Id == u.OrgUnitId && o.Path.StartsWith(scope)), ct)
            ?? throw new NotFoundException();
    }

    private Task<bool> UnitInScopeAsync(int unitId, CancellationToken ct) =>
        db.OrgUnits.InScope(currentUser).AnyAsync(u => u.Id == unitId && u.IsActive, ct);

    private static ServiceResult<string> Failure(IdentityResult result, string property) =>
        ServiceResult<string>.Failure(new ValidationResult(result.Errors.Select(e => new ValidationFailure(
            e.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserInput.UserName) : property, e.Description))));

}
