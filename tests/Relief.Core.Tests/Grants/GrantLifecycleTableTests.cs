using Relief.Core.Features.Grants;

namespace Relief.Core.Tests.Grants;

/// <summary>
/// Every (from, to) pair of <see cref="GrantStatus"/> against the lifecycle's table: the steps the workflow takes are
/// allowed, every other pair is refused, and a new status fails here until someone decides its steps.
/// </summary>
public sealed class GrantLifecycleTableTests
{
    /// <summary>The workflow as DOMAIN.md tells it, written out independently of the table under test.</summary>
    private static readonly HashSet<(GrantStatus From, GrantStatus To)> Allowed =
    [
        (GrantStatus.Applied, GrantStatus.Approved),    // committee approves
        (GrantStatus.Applied, GrantStatus.Rejected),    // committee rejects
        (GrantStatus.Applied, GrantStatus.Withdrawn),   // applicant withdraws
        (GrantStatus.Approved, GrantStatus.OnNotice),   // posted on a public notice
        (GrantStatus.Approved, GrantStatus.Withdrawn),  // withdrawn after approval, money back to the source
        (GrantStatus.OnNotice, GrantStatus.Payable),    // notice closes without an upheld objection
        (GrantStatus.OnNotice, GrantStatus.Rejected),   // upheld objection rejects
        (GrantStatus.OnNotice, GrantStatus.Applied),    // upheld objection changes the amount: decided again
        (GrantStatus.Payable, GrantStatus.Disbursed),   // paid
    ];

    public static TheoryData<GrantStatus, GrantStatus> EveryPair()
    {
        var pairs = new TheoryData<GrantStatus, GrantStatus>();
        foreach (var from in Enum.GetValues<GrantStatus>())
        foreach (var to in Enum.GetValues<GrantStatus>())
            pairs.Add(from, to);
        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_pair_of_statuses_is_allowed_exactly_when_the_workflow_takes_that_step(GrantStatus from, GrantStatus to)
    {
        var expected = Allowed.Contains((from, to));
        Assert.True(expected == GrantLifecycle.CanMove(from, to), $"{from} → {to}: expected {(expected ? "allowed" : "refused")}");
        Assert.Equal(expected, GrantLifecycle.NextFrom(from).Contains(to));

        var grant = new Grant { Id = 7, Reason = "测试", Status = from };
        if (expected)
        {
            GrantLifecycle.MoveTo(grant, to);
            Assert.Equal(to, grant.Status);
        }
        else
        {
            var refused = Assert.Throws<IllegalGrantStepException>(() => GrantLifecycle.MoveTo(grant, to));
            Assert.Equal(from, grant.Status);
            Assert.Equal((7, from, to), (refused.GrantId, refused.From, refused.To));
        }
    }

    [Fact]
    public void The_table_has_a_row_for_every_status_and_every_status_is_reachable_from_the_first()
    {
        Assert.Equal(Enum.GetValues<GrantStatus>().Order(), GrantLifecycle.Steps.Keys.Order());
        Assert.Equal(GrantStatus.Applied, GrantLifecycle.FirstStatus);
        var reached = new HashSet<GrantStatus> { GrantLifecycle.FirstStatus };
        var frontier = new Queue<GrantStatus>(reached);
        while (frontier.TryDequeue(out var status))
            foreach (var next in GrantLifecycle.NextFrom(status).Where(reached.Add))
                frontier.Enqueue(next);
        Assert.Equal(Enum.GetValues<GrantStatus>().Order(), reached.Order());
    }

    [Fact]
    public void The_approved_group_is_approved_and_every_status_after_it_on_the_way_to_payment()
    {
        Assert.Equal([GrantStatus.Approved, GrantStatus.OnNotice, GrantStatus.Payable, GrantStatus.Disbursed],
            Enum.GetValues<GrantStatus>().Where(GrantStatuses.IsApproved));
    }
}
