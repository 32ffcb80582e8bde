using System.Collections.Generic;
using NodaTime;

namespace Ims.Rules.Json.Internal;

/// <summary>Reads one element of <c>records</c> into an <see cref="InwardRecord"/>.</summary>
internal static class RecordReader
{
    /// <summary>Reads the record whose <c>{</c> is the current token.</summary>
    /// <param name="input">The input.</param>
    /// <param name="path">The record's path, <c>$.records[3]</c>.</param>
    /// <param name="id">The record's id, when it has one.</param>
    /// <returns>The record, or <see langword="null"/> when a required part is missing or wrong.</returns>
    public static InwardRecord? Read(CaseInput input, JsonPath path, out string? id)
    {
        id = null;
        var line = input.Line;
        if (!input.IsObject(path, "an inward record"))
        {
            if (input.Tokens.TokenType == System.Text.Json.JsonTokenType.Null)
            {
                input.Error(JsonFindingCodes.Type, path, "expected an object (an inward record), found null.");
            }

            return null;
        }

        var draft = new Draft();
        var errors = input.ErrorCount;
        var first = input.Findings.Count;
        while (input.NextProperty(path, out var name))
        {
            draft.Read(input, path.Field(name), name);
        }

        id = draft.Id;
        var complete = errors == input.ErrorCount;
        if (draft.Id is null && !draft.IdGiven)
        {
            input.Missing(path.Field(Fields.Id), line, "every record needs an id, unique within the file.");
            complete = false;
        }

        if (draft.Kind is null && !draft.KindGiven)
        {
            input.Missing(path.Field(Fields.Kind), line, "expected one of " + Vocabulary.Kind.Expected + ".");
            complete = false;
        }

        draft.Form ??= ImpliedForm(draft.Kind);
        if (draft.Form is null && draft.Kind is not null && !draft.FormGiven)
        {
            input.Missing(path.Field(Fields.Form), line, "where the supplier reported the record: one of " + Vocabulary.Form.Expected + ".");
            complete = false;
        }

        draft.UseReferenceDateForBillOfEntry();
        if (draft.Date is null && !draft.DateGiven)
        {
            input.Missing(path.Field(Fields.Date), line, "the document (or bill of entry) date, YYYY-MM-DD.");
            complete = false;
        }

        input.Attribute(first, draft.Id);
        return complete ? draft.ToRecord() : null;
    }

    /// <summary>A bill of entry comes only from ICEGATE, an ISD document only from GSTR-6: <c>form</c> may be left out for them.</summary>
    private static SupplierForm? ImpliedForm(RecordKind? kind) => kind switch
    {
        RecordKind.BillOfEntry => SupplierForm.Icegate,
        RecordKind.IsdInvoice or RecordKind.IsdCreditNote => SupplierForm.Gstr6,
        _ => null,
    };

    /// <summary>The fields of one record as read so far; a struct, so that a million records make no garbage here.</summary>
    private struct Draft
    {
        private static readonly LocalDate FirstDate = new(2000, 4, 1);

        public Draft()
        {
        }

        public string? Id { get; private set; }

        public RecordKind? Kind { get; private set; }

        public SupplierForm? Form { get; set; }

        public LocalDate? Date { get; private set; }

        private string? Amends { get; set; }

        private bool Eco { get; set; }

        private bool Sez { get; set; }

        private Gstin? SupplierGstin { get; set; }

        private ReturnPeriod? SupplierPeriod { get; set; }

        private ReturnFrequency SupplierFrequency { get; set; }

        private string? Number { get; set; }

        private InvoiceType InvoiceType { get; set; }

        private StateCode? Pos { get; set; }

        private bool ReverseCharge { get; set; }

        private decimal TaxableValue { get; set; }

        private decimal Igst { get; set; }

        private decimal Cgst { get; set; }

        private decimal Sgst { get; set; }

        private decimal Cess { get; set; }

        private string? PortCode { get; set; }

        private LocalDate? ReferenceDate { get; set; }

        private bool ItcEligible { get; set; } = true;

        private Instant? SavedAt { get; set; }

        private Instant? FiledAt { get; set; }

        // Made only for a record that has revisions.
        private List<Instant>? RevisedAt { get; set; }

        // Whether a required field was given a value other than null (even a wrong one).
        public bool IdGiven { get; private set; }

        public bool KindGiven { get; private set; }

        public bool FormGiven { get; private set; }

        public bool DateGiven { get; private set; }

        public void Read(CaseInput input, JsonPath at, string name)
        {
            var given = input.Tokens.TokenType != System.Text.Json.JsonTokenType.Null;
            switch (name)
            {
                case Fields.Id:
                    IdGiven |= given;
                    Id = input.String(at);
                    if (Id is { Length: 0 })
                    {
                        input.Error(JsonFindingCodes.Value, at, "an id cannot be empty.");
                    }

                    break;
                case Fields.Kind: KindGiven |= given; Kind = input.Choice(at, Vocabulary.Kind, "a record kind"); break;
                case Fields.Amends: Amends = input.String(at); break;
                case Fields.Eco: Eco = input.Boolean(at) ?? false; break;
                case Fields.Sez: Sez = input.Boolean(at) ?? false; break;
                case Fields.Form: FormGiven |= given; Form = input.Choice(at, Vocabulary.Form, "a supplier form"); break;
                case Fields.SupplierGstin: SupplierGstin = input.Gstin(at); break;
                case Fields.SupplierPeriod: SupplierPeriod = input.Period(at); break;
                case Fields.SupplierFrequency: SupplierFrequency = input.Choice(at, Vocabulary.Frequency, "a return frequency") ?? ReturnFrequency.Monthly; break;
                case Fields.Number: Number = input.String(at); break;
                case Fields.Date: DateGiven |= given; Date = ReadDocumentDate(input, at); break;
                case Fields.InvoiceType: InvoiceType = input.Choice(at, Vocabulary.InvoiceType, "an invoice type") ?? InvoiceType.Regular; break;
                case Fields.Pos: Pos = input.State(at); break;
                case Fields.ReverseCharge: ReverseCharge = input.Boolean(at) ?? false; break;
                case Fields.TaxableValue: TaxableValue = input.Amount(at) ?? 0m; break;
                case Fields.Igst: Igst = input.Amount(at) ?? 0m; break;
                case Fields.Cgst: Cgst = input.Amount(at) ?? 0m; break;
                case Fields.Sgst: Sgst = input.Amount(at) ?? 0m; break;
                case Fields.Cess: Cess = input.Amount(at) ?? 0m; break;
                case Fields.PortCode: PortCode = input.String(at); break;
                case Fields.ReferenceDate: ReferenceDate = input.Date(at); break;
                case Fields.ItcEligible: ItcEligible = input.Boolean(at) ?? true; break;
                case Fields.SavedAt: SavedAt = input.Instant(at); break;
                case Fields.FiledAt: FiledAt = input.Instant(at); break;
                case Fields.RevisedAt: ReadRevisions(input, at); break;
                default: input.Unknown(at); break;
            }
        }

        /// <summary>A bill of entry without <c>date</c> is dated by its ICEGATE reference date.</summary>
        public void UseReferenceDateForBillOfEntry()
        {
            if (Date is null && Kind == RecordKind.BillOfEntry && ReferenceDate is { } reference)
            {
                Date = reference;
            }
        }

        public InwardRecord ToRecord()
        {
            var quarterlyReturn = SupplierFrequency == ReturnFrequency.Quarterly && Form is SupplierForm.Gstr1 or SupplierForm.Gstr1A;
            return new InwardRecord
            {
                Id = Id!,
                Kind = Kind!.Value,
                Form = Form!.Value,
                Amends = Amends,
                Eco = Eco,
                Sez = Sez,
                SupplierGstin = SupplierGstin,
                SupplierPeriod = quarterlyReturn && SupplierPeriod is { } month ? ReturnPeriod.QuarterOf(month.Start) : SupplierPeriod,
                SupplierFrequency = SupplierFrequency,
                Number = Number ?? string.Empty,
                Date = Date!.Value,
                InvoiceType = InvoiceType,
                PlaceOfSupply = Pos,
                ReverseCharge = ReverseCharge,
                TaxableValue = TaxableValue,
                Tax = new TaxAmounts(Igst, Cgst, Sgst, Cess),
                PortCode = PortCode,
                ReferenceDate = ReferenceDate,
                ItcEligible = ItcEligible,
                SavedAt = SavedAt,
                FiledAt = FiledAt,
                RevisedAt = RevisedAt is null ? [] : [.. RevisedAt],
            };
        }

        /// <summary>A document date, within the financial years Ims.Rules computes (2000-01 to 9998-99).</summary>
        private static LocalDate? ReadDocumentDate(CaseInput input, JsonPath at)
        {
            var date = input.Date(at);
            if (date is { } value && (value < FirstDate || value.Year > 9998))
            {
                input.Error(JsonFindingCodes.Value, at, "'" + IsoTime.Format(value) + "' is outside the financial years Ims.Rules computes: a document date is from 2000-04-01 on.");
                return null;
            }

            return date;
        }

        private void ReadRevisions(CaseInput input, JsonPath at)
        {
            if (!input.IsArray(at, "instants of changes before filing"))
            {
                return;
            }

            var parent = new JsonPath(at.ToString()); // one text for all the items
            for (var i = 0; input.NextItem(parent, i); i++)
            {
                if (input.Instant(parent.Item(i)) is { } instant)
                {
                    RevisedAt ??= [];
                    RevisedAt.Add(instant);
                }
            }
        }
    }
}
