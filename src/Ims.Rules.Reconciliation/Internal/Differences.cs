using System;
using System.Collections.Immutable;
using Ims.Rules.Reconciliation.Matching;

namespace Ims.Rules.Reconciliation.Internal;

/// <summary>Every field in which a paired book entry and IMS record differ.</summary>
internal static class Differences
{
    public static ImmutableArray<FieldDifference> Of(Doc book, Doc ims, ReconciliationPolicy policy, MatchRule rule)
    {
        if (Identical(book, ims))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<FieldDifference>();
        if (!string.Equals(book.GstinText, ims.GstinText, StringComparison.Ordinal))
        {
            builder.Add(new FieldDifference(DifferenceField.SupplierGstin, book.GstinText, ims.GstinText, null, null, false));
        }

        if (!string.Equals(book.Raw, ims.Raw, StringComparison.Ordinal))
        {
            builder.Add(new FieldDifference(DifferenceField.Number, book.Raw, ims.Raw, null, null, rule != MatchRule.NearNumber));
        }

        if (book.Date != ims.Date)
        {
            var days = ims.DaysFrom(book);
            builder.Add(new FieldDifference(DifferenceField.Date, Text.Date(book.Date), Text.Date(ims.Date), null, days, Math.Abs(days) <= policy.DateToleranceDays));
        }

        Money(builder, DifferenceField.TaxableValue, book.TaxableValue, ims.TaxableValue, policy.TaxableValueTolerance);
        Money(builder, DifferenceField.Igst, book.Tax.Igst, ims.Tax.Igst, policy.TaxTolerance);
        Money(builder, DifferenceField.Cgst, book.Tax.Cgst, ims.Tax.Cgst, policy.TaxTolerance);
        Money(builder, DifferenceField.Sgst, book.Tax.Sgst, ims.Tax.Sgst, policy.TaxTolerance);
        Money(builder, DifferenceField.Cess, book.Tax.Cess, ims.Tax.Cess, policy.TaxTolerance);
        if (book.PlaceOfSupply is { } bookPos && ims.PlaceOfSupply is { } imsPos && bookPos != imsPos)
        {
            builder.Add(new FieldDifference(DifferenceField.PlaceOfSupply, Text.State(bookPos), Text.State(imsPos), null, null, false));
        }

        if (book.ReverseCharge != ims.ReverseCharge)
        {
            builder.Add(new FieldDifference(DifferenceField.ReverseCharge, Text.YesNo(book.ReverseCharge), Text.YesNo(ims.ReverseCharge), null, null, false));
        }

        return builder.DrainToImmutable();
    }

    /// <summary>Whether every difference is tolerated: what <see cref="Of"/> would say, without building the list.</summary>
    public static bool AllWithinTolerance(Doc book, Doc ims, ReconciliationPolicy policy) =>
        string.Equals(book.GstinText, ims.GstinText, StringComparison.Ordinal)
        && Math.Abs(ims.DaysFrom(book)) <= policy.DateToleranceDays
        && book.AmountsWithin(ims, policy)
        && !(book.PlaceOfSupply is { } bookPos && ims.PlaceOfSupply is { } imsPos && bookPos != imsPos)
        && book.ReverseCharge == ims.ReverseCharge;

    private static bool Identical(Doc book, Doc ims) =>
        string.Equals(book.GstinText, ims.GstinText, StringComparison.Ordinal) && string.Equals(book.Raw, ims.Raw, StringComparison.Ordinal)
        && book.Date == ims.Date && book.SameAmounts(ims) && book.ReverseCharge == ims.ReverseCharge
        && (book.PlaceOfSupply is null || ims.PlaceOfSupply is null || book.PlaceOfSupply == ims.PlaceOfSupply);

    private static void Money(ImmutableArray<FieldDifference>.Builder builder, DifferenceField field, decimal books, decimal ims, decimal tolerance)
    {
        if (books != ims)
        {
            builder.Add(new FieldDifference(field, Text.Money(books), Text.Money(ims), ims - books, null, Math.Abs(ims - books) <= tolerance));
        }
    }
}
