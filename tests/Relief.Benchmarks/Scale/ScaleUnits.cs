using Relief.Core.Features.Administration;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// The union tree: the province federation → 50 district federations → 400 grassroots unions → 800 branches.
/// Ids are assigned here (root 1, then districts, grassroots, branches), so paths and foreign keys are arithmetic.
/// </summary>
internal sealed class ScaleUnits
{
    public const int RootId = 1;
    private const int FirstDistrictId = 2;
    private const int FirstGrassrootsId = FirstDistrictId + ScaleSettings.Districts;
    private const int FirstBranchId = FirstGrassrootsId + ScaleSettings.GrassrootsUnits;

    private readonly Dictionary<int, OrgUnit> _byId = [];

    public ScaleUnits()
    {
        var sortOrder = 0;
        var root = Add(RootId, ScaleCatalog.ProvinceName, "ZJ", OrgUnitKind.Federation, null, 0);
        for (var d = 0; d < ScaleSettings.Districts; d++)
        {
            var (city, district, code) = ScaleCatalog.Districts[d];
            var federation = Add(FirstDistrictId + d, $"{city}{district}总工会", $"ZJ-{code}", OrgUnitKind.Federation, root, sortOrder++);
            for (var e = 0; e < ScaleSettings.GrassrootsPerDistrict; e++)
            {
                var g = (d * ScaleSettings.GrassrootsPerDistrict) + e;
                var grassroots = Add(GrassrootsId(g), $"{district}{ScaleCatalog.Employers[e]}工会", $"ZJ-{code}-{e + 1:00}", OrgUnitKind.Grassroots, federation, e);
                for (var b = 0; b < ScaleSettings.BranchesPerGrassroots; b++)
                    Add(BranchId(g, b), $"{district}{ScaleCatalog.Employers[e]}第{"一二三四"[b]}分工会", $"ZJ-{code}-{e + 1:00}-{b + 1}", OrgUnitKind.Branch, grassroots, b);
            }
        }
    }

    public IEnumerable<OrgUnit> All => _byId.Values.OrderBy(u => u.Id);
    public int Count => _byId.Count;

    public static int DistrictId(int district) => FirstDistrictId + district;
    public static int GrassrootsId(int grassroots) => FirstGrassrootsId + grassroots;
    public static int BranchId(int grassroots, int branch) => FirstBranchId + (grassroots * ScaleSettings.BranchesPerGrassroots) + branch;
    public static int DistrictOf(int grassroots) => grassroots / ScaleSettings.GrassrootsPerDistrict;

    /// <summary>The grassroots union itself (slot 0) or one of its branches (slots 1…).</summary>
    public static int UnitInTree(int grassroots, int slot) => slot == 0 ? GrassrootsId(grassroots) : BranchId(grassroots, slot - 1);

    public OrgUnit this[int id] => _byId[id];

    private OrgUnit Add(int id, string name, string code, OrgUnitKind kind, OrgUnit? parent, int sortOrder)
    {
        var unit = new OrgUnit
        {
            Id = id,
            Name = name,
            Code = code,
            Kind = kind,
            ParentId = parent?.Id,
            Path = OrgUnit.ChildPath(parent?.Path ?? "/", id),
            SortOrder = sortOrder,
            Version = Guid.NewGuid(),
        };
        _byId.Add(id, unit);
        return unit;
    }
}
