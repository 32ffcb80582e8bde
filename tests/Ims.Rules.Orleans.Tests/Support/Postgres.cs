using System;
using Npgsql;

namespace Ims.Rules.Orleans.Tests.Support;

/// <summary>
/// The PostgreSQL database the cluster tests store cases in: <c>IMS_ORLEANS_POSTGRES</c>, or the one
/// <c>bash eng/orleans-database.sh</c> makes by default. Without one the tests skip, unless
/// <c>IMS_RULES_REQUIRE_POSTGRES=1</c> (CI), where a missing database fails them.
/// </summary>
internal static class Postgres
{
    private static readonly Lazy<string?> Missing = new(Check);

    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("IMS_ORLEANS_POSTGRES") is { Length: > 0 } given
            ? given
            : "Host=127.0.0.1;Port=5432;Database=ims_orleans;Username=ims;Password=ims";

    public static bool Required => Environment.GetEnvironmentVariable("IMS_RULES_REQUIRE_POSTGRES") == "1";

    /// <summary>Why the database cannot be used; <see langword="null"/> when it can.</summary>
    public static string? MissingReason => Missing.Value;

    private static string? Check()
    {
        try
        {
            using var connection = new NpgsqlConnection(ConnectionString + ";Timeout=3");
            connection.Open();
            using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename = 'ims_grain_state'", connection);
            return (long)command.ExecuteScalar()! == 1
                ? null
                : "the database has no grain storage table (run bash eng/orleans-database.sh)";
        }
        catch (NpgsqlException e)
        {
            return "no PostgreSQL database for Orleans (run bash eng/orleans-database.sh and set IMS_ORLEANS_POSTGRES): " + e.Message;
        }
    }
}

/// <summary>A test that needs PostgreSQL: skipped, with the reason in its name, when there is none, except in CI.</summary>
internal sealed class PostgresFactAttribute : Xunit.FactAttribute
{
    public PostgresFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        if (!Postgres.Required && Postgres.MissingReason is { } reason)
        {
            Skip = reason;
            DisplayName = test + " (skipped: " + reason + ")";
        }
    }
}
