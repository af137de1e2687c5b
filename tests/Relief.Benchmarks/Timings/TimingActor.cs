using Relief.Core.Features.Administration;

namespace Relief.Benchmarks.Timings;

/// <summary>A signed-in user the scenarios run as: label and the user as the services see them.</summary>
internal sealed record TimingActor(string Label, ICurrentUser User);
