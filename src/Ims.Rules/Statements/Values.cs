using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ims.Rules;

/// <summary>Value equality for the immutable arrays results hold (an <see cref="ImmutableArray{T}"/> alone compares by reference).</summary>
internal static class Values
{
    /// <summary>Whether two arrays hold equal items in the same order; a default array counts as empty.</summary>
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        var a = left.IsDefault ? [] : left.AsSpan();
        var b = right.IsDefault ? [] : right.AsSpan();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of an array's items, consistent with <see cref="Equal{T}"/>.</summary>
    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items.IsDefault ? [] : items.AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
