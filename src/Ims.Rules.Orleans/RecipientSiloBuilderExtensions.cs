using System;
using Ims.Rules.Orleans.Storage;
using Orleans.Hosting;

namespace Ims.Rules.Orleans;

/// <summary>Adds what a silo needs to host <see cref="IRecipientGrain"/>s.</summary>
public static class RecipientSiloBuilderExtensions
{
    /// <summary>The name of the grain storage that holds the recipients' cases.</summary>
    public const string StorageName = "ims-cases";

    /// <summary>
    /// Stores the recipients' cases through Orleans' ADO.NET grain persistence, each as its <c>ims-case/1</c> document
    /// (UTF-8, in the <c>document</c> column of <c>ims_grain_state</c>). The database needs the project's schema and
    /// queries for it, <c>eng/orleans-sql/ims-orleans.sql</c> (see docs/scale-out.md).
    /// </summary>
    /// <param name="builder">The silo.</param>
    /// <param name="connectionString">The database's connection string.</param>
    /// <param name="invariant">The ADO.NET provider: <c>Npgsql</c> (PostgreSQL, the one tested) unless told otherwise.</param>
    /// <returns>The silo, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ISiloBuilder AddImsRecipients(this ISiloBuilder builder, string connectionString, string invariant = "Npgsql")
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(invariant);
        return builder.AddAdoNetGrainStorage(StorageName, options =>
        {
            options.Invariant = invariant;
            options.ConnectionString = connectionString;
            options.GrainStorageSerializer = new CaseDocumentSerializer();
        });
    }
}
