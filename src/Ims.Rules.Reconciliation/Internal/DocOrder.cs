using System;
using System.Collections.Generic;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>
/// A total order on documents by their own data, never their position: id first, then every
/// compared field. Two documents it calls equal are interchangeable, so ties never depend on input order.
/// </summary>
internal sealed class DocOrder : IComparer<Doc>
{
    public static readonly DocOrder Instance = new();

    public int Compare(Doc? x, Doc? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = string.CompareOrdinal(x.Id, y.Id);
        if (order == 0) { order = string.CompareOrdinal(x.GstinText, y.GstinText); }
        if (order == 0) { order = x.Kind.CompareTo(y.Kind); }
        if (order == 0) { order = string.CompareOrdinal(x.Raw, y.Raw); }
        if (order == 0) { order = x.Date.CompareTo(y.Date); }
        if (order == 0) { order = x.TaxableValue.CompareTo(y.TaxableValue); }
        if (order == 0) { order = x.Tax.Igst.CompareTo(y.Tax.Igst); }
        if (order == 0) { order = x.Tax.Cgst.CompareTo(y.Tax.Cgst); }
        if (order == 0) { order = x.Tax.Sgst.CompareTo(y.Tax.Sgst); }
        if (order == 0) { order = x.Tax.Cess.CompareTo(y.Tax.Cess); }
        if (order == 0) { order = Nullable.Compare(x.PlaceOfSupply, y.PlaceOfSupply); }
        if (order == 0) { order = x.ReverseCharge.CompareTo(y.ReverseCharge); }
        return order;
    }
}
