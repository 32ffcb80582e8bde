using System;
using System.Threading.Tasks;
using Npgsql;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Ims.Rules.Orleans.Tests.Support;

/// <summary>
/// One cluster of three silos for all the tests, storing cases in PostgreSQL under a service id of its own, so
/// that runs never see each other's rows.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public string ServiceId { get; } = "ims-tests-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        if (Postgres.MissingReason is { } reason)
        {
            if (Postgres.Required)
            {
                throw new InvalidOperationException("IMS_RULES_REQUIRE_POSTGRES=1 but " + reason);
            }

            return; // every test skips
        }

        var builder = new TestClusterBuilder(3);
        builder.Options.ServiceId = ServiceId;
        builder.AddSiloBuilderConfigurator<Silo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        if (Postgres.MissingReason is null)
        {
            await using var connection = new NpgsqlConnection(Postgres.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("DELETE FROM ims_grain_state WHERE service_id = @service", connection);
            command.Parameters.AddWithValue("service", ServiceId);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The stored payload of every recipient of this run, by GSTIN.</summary>
    public async Task<string?> StoredDocument(string gstin)
    {
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT convert_from(document, 'UTF8') FROM ims_grain_state WHERE service_id = @service AND grain_key = @gstin", connection);
        command.Parameters.AddWithValue("service", ServiceId);
        command.Parameters.AddWithValue("gstin", gstin);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>Moves a recipient's stored version on, as another activation's write would.</summary>
    public async Task WriteBehindTheGrain(string gstin)
    {
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE ims_grain_state SET version = version + 1 WHERE service_id = @service AND grain_key = @gstin", connection);
        command.Parameters.AddWithValue("service", ServiceId);
        command.Parameters.AddWithValue("gstin", gstin);
        (await command.ExecuteNonQueryAsync()).Should().Be(1);
    }

    private sealed class Silo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddImsRecipients(Postgres.ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class SharedCluster : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
