using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Features.Administration.Backups;
using Relief.Web.Hosting.Backups;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>Files a store keeps on disk go into the backup beside the database and come back with it; the folder they replace is kept.</summary>
public sealed class SqliteBackupContributorTests
{
    [Fact]
    public async Task A_registered_folder_is_backed_up_without_files_in_progress_and_restored_with_the_replaced_one_kept()
    {
        using var store = new WebTestStore();
        var folder = Path.Combine(store.DataFolder, "papers");
        var papers = new FolderContributor("papers", folder);
        Directory.CreateDirectory(Path.Combine(folder, "ab", "cd"));
        await File.WriteAllTextAsync(Path.Combine(folder, "ab", "cd", "abcd.bin"), "申请书");
        await File.WriteAllTextAsync(Path.Combine(folder, "top.bin"), "照片");
        await File.WriteAllTextAsync(Path.Combine(folder, "ab", "half.bin.0123.tmp"), "half written");
        string backup;
        await using (var app = new BackupApp(store, papers))
        {
            var backups = app.Services.GetRequiredService<BackupService>();
            backup = backups.PathOf(await backups.TakeAsync(CancellationToken.None));
        }
        SqliteConnection.ClearAllPools();
        using (var zip = ZipFile.OpenRead(backup))
        {
            // The app's own stores (the attachments of the demo) are in it too; this test's folder is "papers".
            Assert.Equal(["papers/ab/cd/abcd.bin", "papers/top.bin", BackupNames.DatabaseEntry],
                zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("attachments/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("attachments/", StringComparison.Ordinal));
        }

        // After the backup: one paper replaced, one added.
        await File.WriteAllTextAsync(Path.Combine(folder, "top.bin"), "换过的照片");
        await File.WriteAllTextAsync(Path.Combine(folder, "later.bin"), "备份之后");

        var result = await RestoreCommand.RunAsync(backup, BackupApp.RestoreSettings(store), services => services.AddSingleton<IBackupContributor>(papers));

        Assert.True(result.Restored, result.Message);
        Assert.Contains("2 file(s) of papers restored", result.Message, StringComparison.Ordinal);
        Assert.Equal("照片", await File.ReadAllTextAsync(Path.Combine(folder, "top.bin")));
        Assert.Equal("申请书", await File.ReadAllTextAsync(Path.Combine(folder, "ab", "cd", "abcd.bin")));
        Assert.False(File.Exists(Path.Combine(folder, "later.bin")));
        var kept = Assert.Single(Directory.GetDirectories(store.DataFolder, "papers.replaced-*"));
        Assert.Equal("备份之后", await File.ReadAllTextAsync(Path.Combine(kept, "later.bin")));
        Assert.Equal("换过的照片", await File.ReadAllTextAsync(Path.Combine(kept, "top.bin")));
    }
}
