using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Grants;

/// <summary>
/// Approvals racing for one fund source, each in its own scope and DbContext on the same SQLite file, as parallel
/// requests would: the source is never overdrawn, its committed total equals what was approved, and every refusal says why.
/// </summary>
public sealed class ConcurrentApprovalTests : IAsyncLifetime
{
    private const int Applications = 20;
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Twenty_concurrent_approvals_against_one_fund_never_overdraw_it()
    {
        var grantIds = new List<int>();
        for (var i = 0; i < Applications; i++)
        {
            var name = $"困难职工{i + 1:00}";
            await _world.AddHouseholdAsync(_world.BranchB, name, 100 + i, HardshipLevel.General, HouseholdCategory.HardshipEmployee);
            grantIds.Add(await ApplyInBranchBAsync(name));
        }
        var meetingId = await _world.MeetingAsync();
        await _world.AttachAsync(meetingId, [.. grantIds]);
        // 2,500 yuan covers two applications of 1,000; the other eighteen must be refused.
        var decisions = new List<DecisionInput>();
        foreach (var id in grantIds) decisions.Add(await _world.ApprovalAsync(id, _world.DonationId));

        _world.ActAs(_world.Chair);
        using var start = new ManualResetEventSlim();
        var racing = decisions.Select(decision => Task.Run(async () =>
        {
            start.Wait();
            return await _world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAsync(meetingId, decision));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(racing);

        var fund = await _world.FundAsync(_world.DonationId);
        var approved = await _world.WithDbAsync(db => db.Grants.Where(g => g.FundSourceId == _world.DonationId && g.Status == GrantStatus.Approved)
            .Select(g => g.TotalAmount).ToListAsync());
        Assert.True(fund.Committed <= fund.Amount, $"Overdrawn: {fund.Committed} of {fund.Amount}");
        Assert.Equal(approved.Sum(), fund.Committed);
        Assert.Equal(results.Count(r => r.Succeeded), approved.Count);
        Assert.Equal(2, approved.Count);
        Assert.Equal(approved.Count, await _world.WithDbAsync(db => db.GrantDecisions.CountAsync()));
        foreach (var refused in results.Where(r => !r.Succeeded))
        {
            var message = Assert.Single(refused.Validation.Errors).ErrorMessage;
            Assert.True(message.Contains("不足以支付", StringComparison.Ordinal) || message.Contains("同时使用", StringComparison.Ordinal), message);
        }
        // The refused applications are untouched and can still be decided.
        Assert.Equal(Applications - 2, await _world.WithDbAsync(db => db.Grants.CountAsync(g => g.Status == GrantStatus.Applied)));
    }

    private async Task<int> ApplyInBranchBAsync(string name)
    {
        _world.ActAs(WorkflowDatabase.User(_world.BranchB, Relief.Core.Features.Administration.Roles.Officer));
        var input = _world.Application(name, GrantKind.HardshipSubsidy, HouseholdCategory.HardshipEmployee, 1000m);
        return (await _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(input))).Succeeded();
    }
}
