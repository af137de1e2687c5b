using Relief.Core.Features.Administration;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>
/// What each kind of user gets from one URL: a default for every signed-in role and an entry for each role that differs
/// (<c>new(…) { [Roles.Auditor] = Forbidden }</c>), so a new role follows the default unless someone says otherwise.
/// Someone not signed in is sent to the sign-in page unless an entry says otherwise.
/// </summary>
public abstract class RoleAnswers
{
    public const string Anonymous = nameof(Anonymous);

    /// <summary>The URL's users: someone not signed in, then every role of the app.</summary>
    public static readonly IReadOnlyList<string> Users = [Anonymous, .. Roles.All];

    private readonly Dictionary<string, Expect> _byUser = new(StringComparer.Ordinal) { [Anonymous] = Expect.SignIn };

    /// <summary>Starts from a kind of page (its default and entries); the row's own initializer then overrides.</summary>
    protected RoleAnswers(RoleAnswers? kind)
    {
        if (kind is null) return;
        Default = kind.Default;
        foreach (var (user, expect) in kind._byUser) _byUser[user] = expect;
    }

    /// <summary>What a signed-in role gets when it has no entry of its own.</summary>
    public Expect Default { get; init; } = Expect.Ok;

    public Expect this[string user]
    {
        get => _byUser.TryGetValue(user, out var expect) ? expect : Default;
        init
        {
            if (!Users.Contains(user)) throw new ArgumentOutOfRangeException(nameof(user), user, "Not a role of the app.");
            _byUser[user] = value;
        }
    }

    public Expect For(string user) => Users.Contains(user) ? this[user] : throw new ArgumentOutOfRangeException(nameof(user), user, null);
}
