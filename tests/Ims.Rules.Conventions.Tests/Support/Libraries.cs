using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Ims.Rules.Gstn;
using Ims.Rules.Json;

namespace Ims.Rules.Conventions.Tests.Support;

/// <summary>The published library assemblies and the test assemblies.</summary>
internal static class Libraries
{
    /// <summary>The assemblies published as packages, whose public surface is checked.</summary>
    public static IReadOnlyList<Assembly> Published { get; } =
    [
        typeof(ImsEngine).Assembly,
        typeof(CaseReader).Assembly,
        typeof(Gstr2bReader).Assembly,
        typeof(Testing.SyntheticCases).Assembly,
        typeof(Orleans.IRecipientGrain).Assembly,
    ];

    /// <summary>Every public type of the published assemblies, nested public types included.</summary>
    public static IEnumerable<Type> PublicTypes =>
        Published.SelectMany(ExportedTypes).OrderBy(type => type.FullName, StringComparer.Ordinal);

    /// <summary>
    /// The public types of <paramref name="assembly"/> that are ours: without the serializers and invokers Orleans'
    /// code generator makes public in the namespace <c>OrleansCodeGen</c> for its runtime (not an API to call).
    /// </summary>
    public static IEnumerable<Type> ExportedTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(type => type.Namespace?.StartsWith("OrleansCodeGen", StringComparison.Ordinal) != true);

    /// <summary>The names of the published assemblies, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> PublishedNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var assembly in Published)
            {
                data.Add(assembly.GetName().Name!);
            }

            return data;
        }
    }

    /// <summary>The published assembly with the given name.</summary>
    public static Assembly Named(string name) => Published.Single(assembly => assembly.GetName().Name == name);

    /// <summary>The test assemblies of the repository, this one included.</summary>
    public static IReadOnlyList<Assembly> Tests { get; } =
    [
        Assembly.Load("Ims.Rules.Tests"),
        Assembly.Load("Ims.Rules.Json.Tests"),
        Assembly.Load("Ims.Rules.Gstn.Tests"),
        typeof(Libraries).Assembly,
    ];

    /// <summary>The classes that hold finding codes as public constants, with the document that lists their codes.</summary>
    public static IReadOnlyList<(Type Codes, string Document)> FindingCodeFamilies { get; } =
    [
        (typeof(FindingCodes), "docs/findings.md"),
        (typeof(JsonFindingCodes), "docs/case-format.md"),
        (typeof(GstnFindingCodes), "docs/gstn-interop.md"),
        (typeof(Orleans.OrleansFindingCodes), "docs/scale-out.md"),
    ];
}
