using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Ims.Rules.Conventions.Tests.Support;

namespace Ims.Rules.Conventions.Tests;

/// <summary>
/// Every public type of the published libraries is immutable from the outside: no public setter
/// but <c>init</c>, no public field that can be assigned, no mutable collection handed out, and
/// every public struct is a <c>readonly struct</c>.
/// </summary>
public sealed class ImmutabilityTests
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void PublicProperties_HaveNoSetterButInit()
    {
        var violations =
            from type in Libraries.PublicTypes
            from property in type.GetProperties(Declared)
            where property.SetMethod is { } setter && PublicApi.IsVisible(setter) && !IsInitOnly(setter)
            select $"{PublicApi.NameOf(type)}.{property.Name} has a public setter";

        violations.Should().BeEmpty("public types are immutable: a property may be set only by init");
    }

    [Fact]
    public void PublicFields_AreConstOrReadonly()
    {
        var violations =
            from type in Libraries.PublicTypes
            where !type.IsEnum
            from field in type.GetFields(Declared)
            where PublicApi.IsVisible(field) && !field.IsLiteral && !field.IsInitOnly
            select $"{PublicApi.NameOf(type)}.{field.Name} is a public field that can be assigned";

        violations.Should().BeEmpty("public types are immutable: a public field is const or readonly");
    }

    [Fact]
    public void PublicMembers_ExposeNoMutableCollection()
    {
        var violations = Libraries.PublicTypes.SelectMany(type => ExposedTypes(type)
                .Where(exposed => IsMutableCollection(exposed.Type))
                .Select(exposed => $"{PublicApi.NameOf(type)}.{exposed.Member} exposes {exposed.Type}"))
            .Concat(Libraries.PublicTypes.Where(IsMutableCollection).Select(type => $"{PublicApi.NameOf(type)} is a mutable collection"));

        violations.Should().BeEmpty("public types hand out immutable collections (ImmutableArray<T>, IReadOnlyList<T>, …), never arrays, lists or dictionaries");
    }

    [Fact]
    public void PublicStructs_AreReadonly()
    {
        var violations = Libraries.PublicTypes
            .Where(type => type.IsValueType && !type.IsEnum && !type.IsDefined(typeof(IsReadOnlyAttribute), false))
            .Select(PublicApi.NameOf);

        violations.Should().BeEmpty("a public struct is a readonly struct");
    }

    [Theory]
    [InlineData(typeof(int[]), true)]
    [InlineData(typeof(List<string>), true)]
    [InlineData(typeof(Dictionary<string, int>), true)]
    [InlineData(typeof(IList<string>), true)]
    [InlineData(typeof(ICollection<string>), true)]
    [InlineData(typeof(IDictionary<string, int>), true)]
    [InlineData(typeof(ISet<string>), true)]
    [InlineData(typeof(ArrayList), true)]
    [InlineData(typeof(IReadOnlyList<List<string>>), true)]
    [InlineData(typeof(List<string>[]), true)]
    [InlineData(typeof(System.Collections.Immutable.ImmutableArray<string>), false)]
    [InlineData(typeof(System.Collections.Immutable.ImmutableDictionary<string, int>), false)]
    [InlineData(typeof(System.Collections.Immutable.ImmutableSortedDictionary<string, int>), false)]
    [InlineData(typeof(IReadOnlyList<string>), false)]
    [InlineData(typeof(IReadOnlyDictionary<string, int>), false)]
    [InlineData(typeof(IEnumerable<string>), false)]
    [InlineData(typeof(string), false)]
    [InlineData(typeof(ReadOnlySpan<byte>), false)]
    public void IsMutableCollection_TellsMutableCollectionsApart(Type type, bool expected) =>
        IsMutableCollection(type).Should().Be(expected);

    /// <summary>The types a public type hands out: of its visible properties, fields and method results.</summary>
    private static IEnumerable<(string Member, Type Type)> ExposedTypes(Type type)
    {
        foreach (var property in type.GetProperties(Declared))
        {
            if (property.GetMethod is { } getter && PublicApi.IsVisible(getter))
            {
                yield return (property.Name, property.PropertyType);
            }
        }

        foreach (var field in type.GetFields(Declared).Where(PublicApi.IsVisible))
        {
            yield return (field.Name, field.FieldType);
        }

        foreach (var method in type.GetMethods(Declared).Where(m => PublicApi.IsVisible(m) && !m.IsSpecialName))
        {
            yield return (method.Name + "()", method.ReturnType);
        }
    }

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsByRef || type.IsPointer)
        {
            return IsMutableCollection(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return true;
        }

        if (type.Namespace == "System.Collections.Immutable")
        {
            return type.GetGenericArguments().Any(IsMutableCollection);
        }

        var mutable = typeof(IList).IsAssignableFrom(type)
            || typeof(IDictionary).IsAssignableFrom(type)
            || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && IsMutableCollectionInterface(i.GetGenericTypeDefinition()));
        return mutable || (type.IsGenericType && type.GetGenericArguments().Any(IsMutableCollection));
    }

    private static bool IsMutableCollectionInterface(Type definition) =>
        definition == typeof(ICollection<>) || definition == typeof(IList<>)
        || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
