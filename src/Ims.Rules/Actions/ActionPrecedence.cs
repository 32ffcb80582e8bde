using System;
using System.Collections.Generic;

namespace Ims.Rules;

/// <summary>
/// R15: which of two actions on a record is in force. The later one; at one instant the stronger
/// (Reject, then Pending, then Accept, then No action), then by its declaration and remark, so the
/// answer never depends on the order the actions were given in.
/// </summary>
public static class ActionPrecedence
{
    /// <summary>Orders two actions: the one in force sorts last.</summary>
    /// <param name="x">An action.</param>
    /// <param name="y">Another action.</param>
    /// <returns>Negative when <paramref name="x"/> gives way to <paramref name="y"/>, positive when it prevails, zero when they are alike.</returns>
    /// <exception cref="ArgumentNullException">An action is null.</exception>
    public static int Compare(ImsAction x, ImsAction y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.At != y.At)
        {
            return x.At.CompareTo(y.At);
        }

        var order = Rank(x.Action).CompareTo(Rank(y.Action));
        return order != 0 ? order
            : (order = Declared(x).CompareTo(Declared(y))) != 0 ? order
            : (order = (x.ItcReduction?.Declared.Total ?? 0).CompareTo(y.ItcReduction?.Declared.Total ?? 0)) != 0 ? order
            : string.CompareOrdinal(x.Remark ?? string.Empty, y.Remark ?? string.Empty);
    }

    /// <summary>The action that prevails among <paramref name="actions"/> (all on one record).</summary>
    /// <param name="actions">The actions.</param>
    /// <returns>The one in force, or <see langword="null"/> for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actions"/> is null.</exception>
    public static ImsAction? Latest(IEnumerable<ImsAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ImsAction? latest = null;
        foreach (var action in actions)
        {
            if (action is not null && (latest is null || Compare(action, latest) >= 0))
            {
                latest = action;
            }
        }

        return latest;
    }

    private static int Rank(ActionKind action) => action switch
    {
        ActionKind.NoAction => 0,
        ActionKind.Accept => 1,
        ActionKind.Pending => 2,
        ActionKind.Reject => 3,
        _ => -1,
    };

    private static int Declared(ImsAction action) => action.ItcReduction is { } reduction ? 1 + (int)reduction.Kind : 0;
}
