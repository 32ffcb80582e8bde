using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ims.Rules.Conventions.Tests.Support;

/// <summary>
/// Writes the public surface of an assembly as text: one line per public type and per public or
/// protected member, C#-like, fully qualified, with nullable annotations, sorted by type and then
/// by member. The same assembly always gives the same text.
/// </summary>
/// <remarks>
/// A type line reads <c>Namespace.Type: public sealed class : Interfaces</c>; a member line
/// <c>Namespace.Type.Member(parameters): modifiers type</c>. Compiler-generated members with
/// unspeakable names (a record's <c>&lt;Clone&gt;$</c>) are left out.
/// </remarks>
internal static class PublicApi
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    /// <summary>The public surface of <paramref name="assembly"/>, one line each, ending with a newline.</summary>
    public static string Of(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in Libraries.ExportedTypes(assembly).OrderBy(NameOf, StringComparer.Ordinal))
        {
            text.Append(NameOf(type)).Append(": ").Append(Declaration(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append(NameOf(type)).Append('.').Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Whether a member is visible outside its assembly (public, protected or protected internal).</summary>
    public static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    /// <summary>Whether a field is visible outside its assembly.</summary>
    public static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    /// <summary>The type's name as C# writes it, fully qualified: <c>Ims.Rules.TaxAmounts</c>.</summary>
    public static string NameOf(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsGenericTypeDefinition)
        {
            name += "<" + string.Join(", ", type.GetGenericArguments().Select(argument => argument.Name)) + ">";
        }

        return type.IsNested ? NameOf(type.DeclaringType!) + "." + name : type.Namespace + "." + name;
    }

    private static string Declaration(Type type)
    {
        var words = new List<string> { "public" };
        string kind;
        if (type.IsEnum)
        {
            kind = "enum : " + TypeName(Enum.GetUnderlyingType(type), null);
            if (type.IsDefined(typeof(FlagsAttribute), false))
            {
                words.Insert(0, "[Flags]");
            }
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (typeof(Delegate).IsAssignableFrom(type))
        {
            kind = "delegate " + MethodText(type.GetMethod("Invoke")!, "", withModifiers: false);
        }
        else if (type.IsValueType)
        {
            if (type.IsDefined(typeof(IsReadOnlyAttribute), false))
            {
                words.Add("readonly");
            }

            kind = IsRecord(type) ? "record struct" : "struct";
        }
        else
        {
            if (type.IsAbstract && type.IsSealed)
            {
                words.Add("static");
            }
            else if (type.IsAbstract)
            {
                words.Add("abstract");
            }
            else if (type.IsSealed)
            {
                words.Add("sealed");
            }

            kind = IsRecord(type) ? "record" : "class";
        }

        words.Add(kind);
        var bases = new List<string>();
        if (type.IsClass && type.BaseType is { } baseType && baseType != typeof(object) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(TypeName(baseType, null));
        }

        if (!type.IsEnum)
        {
            // An enum's interfaces are System.Enum's, which depend on the runtime, not on this library.
            bases.AddRange(type.GetInterfaces().Where(i => i.IsVisible).Select(i => TypeName(i, null)).Order(StringComparer.Ordinal));
        }

        return string.Join(' ', words) + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            yield break;
        }

        var context = new NullabilityInfoContext();
        foreach (var field in type.GetFields(Declared).Where(f => IsVisible(f) && !f.IsSpecialName && Speakable(f.Name)))
        {
            if (type.IsEnum)
            {
                yield return $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }
            else if (field.IsLiteral)
            {
                yield return $"{field.Name}: {Access(field)} const {TypeName(field.FieldType, context.Create(field))} = {Literal(field.GetRawConstantValue(), field.FieldType)}";
            }
            else
            {
                var modifiers = Access(field) + (field.IsStatic ? " static" : "") + (field.IsInitOnly ? " readonly" : "");
                yield return $"{field.Name}: {modifiers} {TypeName(field.FieldType, context.Create(field))}";
            }
        }

        foreach (var constructor in type.GetConstructors(Declared).Where(c => IsVisible(c) && !c.IsStatic))
        {
            yield return $"{ShortName(type)}({Parameters(constructor, context)}): {Access(constructor)}";
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var getter = property.GetMethod is { } get && IsVisible(get) ? get : null;
            var setter = property.SetMethod is { } set && IsVisible(set) ? set : null;
            var accessor = getter ?? setter;
            if (accessor is null || !Speakable(property.Name))
            {
                continue;
            }

            var name = property.GetIndexParameters().Length > 0
                ? $"this[{string.Join(", ", property.GetIndexParameters().Select(p => ParameterText(p, context)))}]"
                : property.Name;
            var required = property.IsDefined(typeof(RequiredMemberAttribute), false) ? " required" : "";
            var accessors = (getter is null ? "" : "get; ") + (setter is null ? "" : IsInitOnly(setter) ? "init; " : "set; ");
            yield return $"{name}: {Access(accessor)}{Modifiers(accessor)}{required} {TypeName(property.PropertyType, context.Create(property))} {{ {accessors}}}";
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            if (@event.AddMethod is { } add && IsVisible(add))
            {
                yield return $"{@event.Name}: {Access(add)}{Modifiers(add)} event {TypeName(@event.EventHandlerType!, context.Create(@event))}";
            }
        }

        foreach (var method in type.GetMethods(Declared).Where(m => IsVisible(m) && Speakable(m.Name)))
        {
            if (method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal))
            {
                continue; // property and event accessors
            }

            yield return MethodText(method, method.Name, withModifiers: true, context);
        }
    }

    private static string MethodText(MethodInfo method, string name, bool withModifiers, NullabilityInfoContext? context = null)
    {
        context ??= new NullabilityInfoContext();
        if (method.IsGenericMethodDefinition)
        {
            name += "<" + string.Join(", ", method.GetGenericArguments().Select(argument => argument.Name)) + ">";
        }

        var returns = TypeName(method.ReturnType, context.Create(method.ReturnParameter));
        var modifiers = withModifiers ? Access(method) + Modifiers(method) + " " : "";
        return $"{name}({Parameters(method, context)}): {modifiers}{returns}";
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext context)
    {
        var text = string.Join(", ", method.GetParameters().Select(p => ParameterText(p, context)));
        return method.IsDefined(typeof(ExtensionAttribute), false) ? "this " + text : text;
    }

    private static string ParameterText(ParameterInfo parameter, NullabilityInfoContext context)
    {
        var type = parameter.ParameterType;
        var prefix = "";
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
            prefix = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }
        else if (parameter.IsDefined(typeof(ParamArrayAttribute), false))
        {
            prefix = "params ";
        }

        var text = $"{prefix}{TypeName(type, context.Create(parameter))} {parameter.Name}";
        if (parameter.HasDefaultValue)
        {
            text += " = " + (parameter.DefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null
                ? "default"
                : Literal(parameter.DefaultValue, type));
        }

        return text;
    }

    private static string TypeName(Type type, NullabilityInfo? nullability)
    {
        if (type.IsByRef)
        {
            return "ref " + TypeName(type.GetElementType()!, nullability?.ElementType);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        string name;
        if (type.IsArray)
        {
            name = TypeName(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }
        else if (type.IsGenericParameter)
        {
            name = type.Name;
        }
        else if (Keywords.TryGetValue(type, out var keyword))
        {
            name = keyword;
        }
        else if (type.IsGenericType)
        {
            var definition = NameOf(type.GetGenericTypeDefinition());
            var arguments = type.GetGenericArguments();
            var names = arguments.Select((argument, i) =>
                TypeName(argument, nullability is not null && i < nullability.GenericTypeArguments.Length ? nullability.GenericTypeArguments[i] : null));
            name = definition[..definition.IndexOf('<', StringComparison.Ordinal)] + "<" + string.Join(", ", names) + ">";
        }
        else
        {
            name = NameOf(type);
        }

        return !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string Access(MethodBase method) => method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";

    private static string Access(FieldInfo field) => field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return " static";
        }

        if (method.IsAbstract)
        {
            return " abstract";
        }

        if (method.GetBaseDefinition() != method)
        {
            return method.IsFinal ? " sealed override" : " override";
        }

        return method.IsVirtual && !method.IsFinal ? " virtual" : "";
    }

    private static string Literal(object? value, Type type) => value switch
    {
        null => "null",
        string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool flag => flag ? "true" : "false",
        char character => "'" + character + "'",
        _ when (Nullable.GetUnderlyingType(type) ?? type).IsEnum => EnumLiteral(Nullable.GetUnderlyingType(type) ?? type, value),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string EnumLiteral(Type enumType, object value)
    {
        var name = Enum.GetName(enumType, Enum.ToObject(enumType, value));
        return NameOf(enumType) + "." + (name ?? Convert.ToString(value, CultureInfo.InvariantCulture));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static string ShortName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick >= 0 ? type.Name[..tick] : type.Name;
    }

    private static bool Speakable(string name) => !name.Contains('<', StringComparison.Ordinal);
}
