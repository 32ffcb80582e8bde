using System;
using System.Data;
using System.Threading.Tasks;
using Ims.Rules.Orleans.Tests.Support;
using Npgsql;

namespace Ims.Rules.Orleans.Tests;

/// <summary>
/// The queries of eng/orleans-sql/ims-orleans.sql, as Orleans' ADO.NET grain storage runs them: read from
/// <c>orleansquery</c> by key, with the parameters it binds. Each write answers one row, the new version or NULL when
/// the version given is not the stored one; the provider turns NULL into <c>InconsistentStateException</c>.
/// </summary>
public sealed class StorageQueriesTests : IAsyncLifetime
{
    private readonly string _service = "ims-queries-" + Guid.NewGuid().ToString("N");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Postgres.MissingReason is null)
        {
            await using var connection = await Open();
            await using var command = new NpgsqlCommand("DELETE FROM ims_grain_state WHERE service_id = @service", connection);
            command.Parameters.AddWithValue("service", _service);
            await command.ExecuteNonQueryAsync();
        }
    }

    [PostgresFact]
    public async Task WriteToStorage_VersionsInTurn_EachWriteMovesTheVersionOn()
    {
        (await Write(null, "a")).Should().Be(1);
        (await Write(1, "b")).Should().Be(2);
        (await Write(2, "c")).Should().Be(3);
        (await Read()).Should().Be(("c", 3));
    }

    [PostgresFact]
    public async Task WriteToStorage_StaleVersion_RefusedAndNothingChanged()
    {
        await Write(null, "a");
        await Write(1, "b");

        (await Write(1, "stale")).Should().BeNull();
        (await Write(7, "unknown")).Should().BeNull();
        (await Read()).Should().Be(("b", 2));
    }

    [PostgresFact]
    public async Task WriteToStorage_SecondFirstWrite_Refused()
    {
        (await Write(null, "one activation")).Should().Be(1);

        (await Write(null, "another")).Should().BeNull();
        (await Read()).Should().Be(("one activation", 1));
    }

    [PostgresFact]
    public async Task ReadFromStorage_NeverStored_NoRow()
    {
        (await Read()).Should().BeNull();
    }

    [PostgresFact]
    public async Task ClearStorage_CurrentVersion_KeepsTheRowWithoutDocument()
    {
        await Write(null, "a");

        (await Run("ClearStorageKey", 2, null)).Should().BeNull();
        (await Run("ClearStorageKey", 1, null)).Should().Be(2);
        (await Read()).Should().Be(((string?)null, 2));
        (await Write(2, "again")).Should().Be(3);
    }

    [PostgresFact]
    public async Task DeleteStorage_CurrentVersion_RemovesTheRow()
    {
        await Write(null, "a");

        (await Run("DeleteStorageKey", 5, null)).Should().BeNull();
        (await Run("DeleteStorageKey", 1, null)).Should().Be(2);
        (await Read()).Should().BeNull();
    }

    private Task<int?> Write(int? version, string document) => Run("WriteToStorageKey", version, document);

    private async Task<int?> Run(string key, int? version, string? document)
    {
        await using var connection = await Open();
        await using var command = await Query(connection, key, version, document);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue("a write answers one row");
        var answer = reader.IsDBNull(0) ? (int?)null : reader.GetInt32(0);
        (await reader.ReadAsync()).Should().BeFalse("a write answers one row");
        return answer;
    }

    private async Task<(string? Document, int Version)?> Read()
    {
        await using var connection = await Open();
        await using var command = await Query(connection, "ReadFromStorageKey", null, null);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var payload = reader.GetOrdinal("PayloadBinary");
        var document = reader.IsDBNull(payload) ? null : System.Text.Encoding.UTF8.GetString((byte[])reader[payload]);
        var version = reader.GetInt32(reader.GetOrdinal("Version"));
        (await reader.ReadAsync()).Should().BeFalse("a grain has one row");
        return (document, version);
    }

    private static async Task<NpgsqlConnection> Open()
    {
        var connection = new NpgsqlConnection(Postgres.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The stored query, with every parameter the provider binds (typed as it types them).</summary>
    private async Task<NpgsqlCommand> Query(NpgsqlConnection connection, string key, int? version, string? document)
    {
        await using var lookup = new NpgsqlCommand("SELECT querytext FROM orleansquery WHERE querykey = @key", connection);
        lookup.Parameters.AddWithValue("key", key);
        var command = new NpgsqlCommand((string)(await lookup.ExecuteScalarAsync())!, connection);
        Add(command, "GrainIdHash", DbType.Int32, 12345);
        Add(command, "GrainIdN0", DbType.Int64, 0L);
        Add(command, "GrainIdN1", DbType.Int64, 0L);
        Add(command, "GrainTypeHash", DbType.Int32, 678);
        Add(command, "GrainTypeString", DbType.String, "ims.recipient");
        Add(command, "GrainIdExtensionString", DbType.String, "27AAPFU0939F1ZV");
        Add(command, "ServiceId", DbType.String, _service);
        Add(command, "GrainStateVersion", DbType.Int32, version);
        if (key == "WriteToStorageKey")
        {
            Add(command, "PayloadBinary", DbType.Binary, document is null ? null : System.Text.Encoding.UTF8.GetBytes(document));
        }

        return command;
    }

    private static void Add(NpgsqlCommand command, string name, DbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
}
