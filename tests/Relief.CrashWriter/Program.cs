using System.Globalization;
using Microsoft.Data.Sqlite;

// Usage: Relief.CrashWriter <database file>. Writes batches of three audit rows (one transaction each, EntityKey = the
// batch number) into an app database that the migrations made, and prints each batch's number on its own line once
// its COMMIT has returned. It never stops on its own: the tests (WriterProcess in Relief.Web.Tests) back the database
// up while it writes, or kill it (SIGKILL on Linux and macOS, TerminateProcess on Windows) in the middle of the writes
// and check that every printed batch is in the file, whole.
// It uses the app's SQLite library with its defaults (rollback journal, synchronous FULL), as the app does.
if (args is not [var file]) return 2;
using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
connection.Open();
var output = Console.Out;
for (var batch = 1; ; batch++)
{
    using (var transaction = connection.BeginTransaction())
    {
        for (var row = 0; row < 3; row++)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO AuditEntries (At, Entity, EntityKey, Action) VALUES ($at, 'CrashWriter', $batch, 0)";
            insert.Parameters.AddWithValue("$at", DateTime.UtcNow);
            insert.Parameters.AddWithValue("$batch", batch.ToString(CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }
    output.WriteLine(batch.ToString(CultureInfo.InvariantCulture));
    output.Flush();
}
