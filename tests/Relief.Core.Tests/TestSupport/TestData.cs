using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;

namespace Relief.Core.Tests.TestSupport;

/// <summary>Small valid records for tests that need one of something.</summary>
public static class TestData
{
    public static async Task<OrgUnit> AddUnitAsync(ReliefDbContext db, string name = "测试分工会")
    {
        var unit = new OrgUnit { Name = name, Kind = OrgUnitKind.Branch };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = OrgUnit.ChildPath("/", unit.Id);
        await db.SaveChangesAsync();
        return unit;
    }

    public static string IdNumber(int sequence) => ResidentIdNumber.Compose("331102", new DateOnly(1978, 4, 12), sequence);

    public static Household NewHousehold(IdNumberProtector ids, int orgUnitId, string name, string idNumber) => new()
    {
        OrgUnitId = orgUnitId,
        Name = name,
        Gender = ResidentIdNumber.GenderOf(idNumber),
        BirthDate = ResidentIdNumber.BirthDate(idNumber),
        IdNumberCipher = ids.Protect(idNumber),
        IdNumberHash = ids.Hash(idNumber),
        IdNumberMasked = ResidentIdNumber.Mask(idNumber),
        Phone = "13900000001",
        Address = "丽水市莲都区丽阳街1号",
        Region = "丽水",
        Level = HardshipLevel.General,
        StatusSince = new DateOnly(2020, 12, 1),
        CreatedAt = new DateTime(2020, 12, 1, 1, 30, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2020, 12, 1, 1, 30, 0, DateTimeKind.Utc),
    };
}
