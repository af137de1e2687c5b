using System.IO.Compression;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Features.Administration.Backups;
using Relief.Data.Sqlite.Files;
using Relief.Web.Hosting.Backups;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>The app over a given store (so it can be stopped, restored into and started again), and what the backup tests read back.</summary>
public sealed class BackupApp(WebTestStore store, IBackupContributor? contributor = null) : ReliefWebFactory(store)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (contributor is not null) builder.ConfigureServices(services => services.AddSingleton(contributor));
    }

    public static string DatabaseOf(WebTestStore store) => Path.Combine(store.DataFolder, "relief.db");

    /// <summary>The restore command's settings for the store, as an operator passes them after the file.</summary>
    public static string[] RestoreSettings(WebTestStore store) =>
    [
        "--environment=Development",
        $"--Database:DataFolder={store.DataFolder}",
        $"--Serilog:WriteTo:1:Args:path={Path.Combine(store.DataFolder, "logs", "restore-.log")}",
    ];

    /// <summary>The database inside a backup zip, extracted to a file of its own.</summary>
    public static string ExtractDatabase(string backup)
    {
        var file = Path.Combine(Path.GetDirectoryName(backup)!, $"extracted-{Guid.NewGuid():N}.db");
        using var zip = ZipFile.OpenRead(backup);
        zip.GetEntry(BackupNames.DatabaseEntry)!.ExtractToFile(file);
        return file;
    }

    /// <summary>The batches of rows a test wrote (entity <paramref name="entity"/>): each batch number and its row count.</summary>
    public static Dictionary<int, int> Batches(string databaseFile, string entity)
    {
        using var connection = new SqliteConnection(SqliteFiles.ConnectionTo(databaseFile, readOnly: true));
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT CAST(EntityKey AS INTEGER), COUNT(*) FROM AuditEntries WHERE Entity = $entity GROUP BY EntityKey";
        query.Parameters.AddWithValue("$entity", entity);
        using var reader = query.ExecuteReader();
        var batches = new Dictionary<int, int>();
        while (reader.Read()) batches[reader.GetInt32(0)] = reader.GetInt32(1);
        return batches;
    }

    /// <summary>
    /// Asserts the batches are what some committed prefix of the writes left: batches 1..N, each whole (three rows, one
    /// transaction), and returns N.
    /// </summary>
    public static int AssertCommittedPrefix(Dictionary<int, int> batches)
    {
        var count = batches.Count;
        Assert.Equal(Enumerable.Range(1, count), batches.Keys.Order());
        Assert.All(batches, b => Assert.True(b.Value == 3, $"batch {b.Key} has {b.Value} rows of 3: a transaction was split"));
        return count;
    }

    public static string Sha256(string file) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
}
