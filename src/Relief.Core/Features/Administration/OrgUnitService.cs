using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Administration;

/// <summary>
/// The union tree: create, rename, move, deactivate. Units are never deleted, so no record is ever orphaned;
/// a unit with active sub-units or active users cannot be deactivated until they are moved or deactivated.
/// </summary>
public sealed class OrgUnitService(ReliefDbContext db, ICurrentUser user, IValidator<OrgUnitInput> validator, IStringLocalizer<CoreMessages> messages)
{
    /// <summary>The user's unit and everything below it, in tree order (depth-first by path).</summary>
    public async Task<IReadOnlyList<OrgUnitNode>> GetTreeAsync(CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking().InScope(user)
            .Select(u => new
            {
                u.Id, u.ParentId, u.Name, u.Code, u.Kind, u.IsActive, u.Path, u.SortOrder, u.Version,
                ActiveUsers = db.Users.Count(x => x.OrgUnitId == u.Id && x.IsActive),
                Households = db.Households.Count(h => h.OrgUnitId == u.Id),
            })
            .ToListAsync(ct);
        var byParent = units.ToLookup(u => u.ParentId);
        var ordered = new List<OrgUnitNode>(units.Count);
        var roots = units.Where(u => u.ParentId is null || units.All(p => p.Id != u.ParentId));
        foreach (var root in roots.OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal)) Add(root.Id, 0);
        return ordered;

        void Add(int id, int depth)
        {
            var u = units.First(x => x.Id == id);
            ordered.Add(new OrgUnitNode(u.Id, u.ParentId, u.Name, u.Code, u.Kind, u.IsActive, u.Path, depth, u.ActiveUsers, u.Households, u.Version));
            foreach (var child in byParent[id].OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal)) Add(child.Id, depth + 1);
        }
    }

    public async Task<OrgUnitNode> GetAsync(int id, CancellationToken ct = default) =>
        (await GetTreeAsync(ct)).FirstOrDefault(u => u.Id == id) ?? throw new NotFoundException();

    /// <summary>The name of the user's own unit ("" when the unit is gone).</summary>
    public async Task<string> OwnUnitNameAsync(CancellationToken ct = default) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.Id == user.OrgUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";

    /// <summary>Active units the user may assign records and users to.</summary>
    public async Task<IReadOnlyList<(int Id, string Name, int Depth)>> GetChoicesAsync(CancellationToken ct = default) =>
        (await GetTreeAsync(ct)).Where(u => u.IsActive).Select(u => (u.Id, u.Name, u.Depth)).ToList();

    public async Task<ServiceResult<int>> CreateAsync(OrgUnitInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var parent = await FindInScopeAsync(input.ParentId ?? 0, ct);
        if (parent is null || !parent.IsActive) return ServiceResult<int>.Failure(nameof(input.ParentId), messages["OrgUnit.ParentRequired"]);
        if (await CodeTakenAsync(input.Code, null, ct)) return ServiceResult<int>.Failure(nameof(input.Code), messages["OrgUnit.CodeTaken"]);

        var unit = new OrgUnit { Name = input.Name.Trim(), Code = Blank(input.Code), Kind = input.Kind, ParentId = parent.Id, SortOrder = input.SortOrder };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.OrgUnits.Add(unit);
        // The path needs the new id; a unique placeholder keeps the unique index happy until then.
        unit.Path = $"{parent.Path}new-{Guid.NewGuid():N}/";
        await db.SaveChangesAsync(ct);
        unit.Path = OrgUnit.ChildPath(parent.Path, unit.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ServiceResult<int>.Success(unit.Id);
    }

    /// <summary>Renames and/or moves a unit. Moving rewrites the paths of the whole subtree in one transaction.</summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, OrgUnitInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var unit = await FindInScopeAsync(id, ct) ?? throw new NotFoundException();
        db.Entry(unit).Property(u => u.Version).OriginalValue = input.Version;
        if (await CodeTakenAsync(input.Code, id, ct)) return ServiceResult<int>.Failure(nameof(input.Code), messages["OrgUnit.CodeTaken"]);

        unit.Name = input.Name.Trim();
        unit.Code = Blank(input.Code);
        unit.Kind = input.Kind;
        unit.SortOrder = input.SortOrder;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (input.ParentId != unit.ParentId && unit.ParentId is not null)
        {
            var parent = await FindInScopeAsync(input.ParentId ?? 0, ct);
            if (parent is null || !parent.IsActive) return ServiceResult<int>.Failure(nameof(input.ParentId), messages["OrgUnit.ParentRequired"]);
            if (parent.Path.StartsWith(unit.Path, StringComparison.Ordinal))
                return ServiceResult<int>.Failure(nameof(input.ParentId), messages["OrgUnit.MoveIntoItself"]);
            var oldPath = unit.Path;
            var newPath = OrgUnit.ChildPath(parent.Path, unit.Id);
            var subtree = await db.OrgUnits.Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id).ToListAsync(ct);
            foreach (var descendant in subtree) descendant.Path = newPath + descendant.Path[oldPath.Length..];
            unit.ParentId = parent.Id;
            unit.Path = newPath;
        }
        await db.SaveChangesOrConflictAsync(ct);
        await transaction.CommitAsync(ct);
        return ServiceResult<int>.Success(unit.Id);
    }

    public async Task<ServiceResult<int>> SetActiveAsync(int id, bool active, Guid version, CancellationToken ct = default)
    {
        var unit = await FindInScopeAsync(id, ct) ?? throw new NotFoundException();
        if (unit.Id == user.OrgUnitId && !active) return ServiceResult<int>.Failure("", messages["OrgUnit.CannotDeactivateOwn"]);
        db.Entry(unit).Property(u => u.Version).OriginalValue = version;
        if (!active)
        {
            var activeChildren = await db.OrgUnits.CountAsync(u => u.ParentId == id && u.IsActive, ct);
            var activeUsers = await db.Users.CountAsync(u => u.OrgUnitId == id && u.IsActive, ct);
            if (activeChildren > 0 || activeUsers > 0)
                return ServiceResult<int>.Failure("", messages["OrgUnit.StillInUse", activeChildren, activeUsers]);
        }
        else if (unit.Parent is { IsActive: false })
        {
            return ServiceResult<int>.Failure("", messages["OrgUnit.ParentInactive"]);
        }
        unit.IsActive = active;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(unit.Id);
    }

    private Task<OrgUnit?> FindInScopeAsync(int id, CancellationToken ct) =>
        db.OrgUnits.InScope(user).Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == id, ct);

    private async Task<bool> CodeTakenAsync(string? code, int? exceptId, CancellationToken ct)
    {
        var trimmed = Blank(code);
        return trimmed is not null && await db.OrgUnits.AnyAsync(u => u.Code == trimmed && u.Id != exceptId, ct);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
