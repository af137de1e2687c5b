using Relief.Core.Features.Administration;

namespace Relief.Benchmarks.Scale;

/// <summary>Who the services act for; switched between runs (a grassroots user, the province root), read per scope.</summary>
internal sealed class ActingUser
{
    public ICurrentUser Current { get; set; } = SystemActor.For("test set-up");
}
