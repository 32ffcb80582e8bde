using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Ims.Rules.Json.Tests.Support;
using NodaTime;
using static Ims.Rules.Json.Tests.Support.Sample;

namespace Ims.Rules.Json.Tests.Writing;

public sealed class CaseWriterTests
{
    [Fact]
    public void ToJson_RichCaseBuiltInCode_RoundTripsThroughTheReader()
    {
        var original = RichCase();

        var json = CaseWriter.ToJson(original);
        var read = CaseReader.Read(json);

        read.Findings.Should().BeEmpty(json);
        read.GetValueOrThrow().Should().BeEquivalentTo(original, options => options.ComparingByValue<Gstin>().ComparingByValue<ReturnPeriod>().ComparingByValue<TaxAmounts>());
        CaseWriter.ToJson(read.GetValueOrThrow()).Should().Be(json);
    }

    [Fact]
    public void ToJson_ExampleCases_RoundTripWithoutChange()
    {
        foreach (var file in Directory.GetFiles(Repository.Examples, "*.json"))
        {
            if (file.EndsWith(".expected.json", System.StringComparison.Ordinal) || file.EndsWith(".received.json", System.StringComparison.Ordinal))
            {
                continue;
            }

            var imsCase = CaseReader.Read(File.ReadAllText(file)).GetValueOrThrow();
            var json = CaseWriter.ToJson(imsCase);
            CaseWriter.ToJson(CaseReader.Read(json).GetValueOrThrow()).Should().Be(json, file);
            ImsEngine.Compute(CaseReader.Read(json).GetValueOrThrow(), ReturnPeriod.Month(2025, 10))
                .Should().BeEquivalentTo(ImsEngine.Compute(imsCase, ReturnPeriod.Month(2025, 10)), file);
        }
    }

    [Fact]
    public void ToJson_RecordWithDefaults_LeavesOptionalFieldsOut()
    {
        var imsCase = October2025() with { Records = [Invoice("r1")], Actions = [] };

        using var document = JsonDocument.Parse(CaseWriter.ToJson(imsCase));
        var record = document.RootElement.GetProperty("records")[0];

        foreach (var name in new[] { "amends", "eco", "sez", "supplierFrequency", "invoiceType", "reverseCharge", "portCode", "referenceDate", "itcEligible", "revisedAt" })
        {
            record.TryGetProperty(name, out _).Should().BeFalse(name);
        }

        record.GetProperty("igst").GetRawText().Should().Be("180.00");
        record.GetProperty("cgst").GetRawText().Should().Be("0.00");
        record.GetProperty("filedAt").GetString().Should().Be("2025-11-10T18:00:00+05:30");
    }

    [Fact]
    public void ToJson_DefaultPolicies_AreWrittenInFull()
    {
        using var document = JsonDocument.Parse(CaseWriter.ToJson(October2025()));

        var policies = document.RootElement.GetProperty("policies").EnumerateObject().Select(p => p.Name + "=" + p.Value.GetRawText());

        policies.Should().Equal(
            "amendmentNeedsSettledOriginal=true",
            "expiredPending=\"deemedAccepted\"",
            "pendingPastTimeLimit=\"itcNotAvailable\"",
            "qrmpMonthlyStatements=false",
            "sequential=\"refuse\"",
            "timeBarCutoff=\"statutory\"",
            "creditNotesInGstr3b=\"netted\"",
            "ineligibleAmendment=\"reverseTaken\"");
    }

    [Fact]
    public void Write_Stream_WritesTheSameUtf8AsToJson()
    {
        using var stream = new MemoryStream();

        CaseWriter.Write(October2025(), stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(CaseWriter.ToJson(October2025()));
    }

    private static ImsCase RichCase() => new()
    {
        Recipient = new Recipient
        {
            Gstin = RecipientGstin,
            Profile = [new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Monthly), new FrequencyChange(new YearMonth(2026, 4), ReturnFrequency.Quarterly, StateGroup.B)],
        },
        Filings = new Filings
        {
            Gstr3b = ImmutableDictionary<YearMonth, Instant>.Empty.Add(new YearMonth(2025, 9), Ist(2025, 10, 20, 17)).Add(new YearMonth(2025, 10), Ist(2025, 11, 20, 17, 30)),
            AnnualReturn = ImmutableDictionary<FinancialYear, LocalDate>.Empty.Add(FinancialYear.StartingIn(2024), new LocalDate(2025, 12, 31)),
            DueDateExtensions = [new DueDateExtension(ExtendedReturn.Gstr3b, new YearMonth(2025, 11), new LocalDate(2025, 12, 27)), new DueDateExtension(ExtendedReturn.Iff, new YearMonth(2025, 10), new LocalDate(2025, 11, 15))],
        },
        Records =
        [
            Invoice("inv-1") with { RevisedAt = [Ist(2025, 11, 6, 9), Ist(2025, 11, 7, 9, 15)] },
            Invoice("inv-1a", 200m) with { Amends = "inv-1", Form = SupplierForm.Gstr1A, Eco = true, InvoiceType = InvoiceType.DeemedExport, ReverseCharge = true },
            Invoice("cn-1", 18.05m) with { Kind = RecordKind.CreditNote, SupplierFrequency = ReturnFrequency.Quarterly, SupplierPeriod = ReturnPeriod.QuarterOf(new YearMonth(2025, 10)), FiledAt = null },
            new InwardRecord
            {
                Id = "boe-1", Kind = RecordKind.BillOfEntry, Form = SupplierForm.Icegate, Sez = true, SupplierGstin = Gstin.Parse("33AABCI6363G1ZQ"),
                Number = "4412087", Date = new LocalDate(2025, 10, 3), PortCode = "INMAA6", ReferenceDate = new LocalDate(2025, 10, 6),
                TaxableValue = 1000.5m, Tax = new TaxAmounts(180.09m, 0, 0, 12.5m), SavedAt = Ist(2025, 10, 6),
            },
            new InwardRecord
            {
                Id = "isd-1", Kind = RecordKind.IsdInvoice, Form = SupplierForm.Gstr6, SupplierGstin = LocalSupplier, ItcEligible = false,
                Number = "ISD-1", Date = new LocalDate(2025, 10, 30), Tax = new TaxAmounts(0, 45, 45, 0), FiledAt = Ist(2025, 11, 13, 23, 59),
            },
        ],
        Actions =
        [
            new ImsAction { RecordId = "inv-1", Action = ActionKind.Pending, At = Ist(2025, 11, 12, 10), Remark = "check \"goods\" — later" },
            new ImsAction { RecordId = "inv-1", Action = ActionKind.NoAction, At = Ist(2025, 11, 13) },
            new ImsAction { RecordId = "cn-1", Action = ActionKind.Accept, At = Ist(2025, 11, 14), ItcReduction = ItcReduction.None },
            new ImsAction { RecordId = "cn-1", Action = ActionKind.Accept, At = Ist(2025, 11, 15), ItcReduction = ItcReduction.Full },
            new ImsAction { RecordId = "cn-1", Action = ActionKind.Accept, At = Ist(2025, 11, 16), ItcReduction = ItcReduction.Partial(new TaxAmounts(9, 0, 0, 0.5m)) },
            new ImsAction { RecordId = "inv-1a", Action = ActionKind.Reject, At = Ist(2025, 12, 1) },
        ],
        Policies = new ImsPolicies
        {
            AmendmentOriginal = AmendmentOriginalPolicy.Independent,
            ExpiredPending = ExpiredPendingPolicy.KeepPending,
            PendingPastTimeLimit = PendingPastTimeLimitPolicy.KeepPending,
            QrmpStatements = QrmpStatementsPolicy.Monthly,
            Sequential = SequentialPolicy.Project,
            TimeBarCutoff = TimeBarCutoffPolicy.IgnoreAnnualReturn,
            CreditNotesInGstr3b = CreditNotesInGstr3bPolicy.Reversal,
        },
    };
}
