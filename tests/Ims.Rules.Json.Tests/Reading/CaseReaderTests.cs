using System;
using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Json.Tests.Support;
using NodaTime;

namespace Ims.Rules.Json.Tests.Reading;

public sealed class CaseReaderTests
{
    private static readonly RecordJson R1 = RecordJson.Invoice("r1");

    [Fact]
    public void Read_ValidCase_ReturnsEveryFieldWithoutFindings()
    {
        var json = CaseJson.Of(R1.With("revisedAt", "[\"2025-11-06T09:00:00+05:30\"]"), RecordJson.Action().With("remark", "\"ok\""));

        var result = CaseReader.Read(json);

        result.Findings.Should().BeEmpty();
        var imsCase = result.GetValueOrThrow();
        imsCase.Recipient.Gstin.ToString().Should().Be(CaseJson.Recipient);
        imsCase.Recipient.Profile.Should().ContainSingle().Which.Should().Be(new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Monthly));
        var record = imsCase.Records.Should().ContainSingle().Subject;
        record.Id.Should().Be("r1");
        record.Kind.Should().Be(RecordKind.Invoice);
        record.Form.Should().Be(SupplierForm.Gstr1);
        record.SupplierGstin!.Value.ToString().Should().Be("29AABCT1332L1ZA");
        record.SupplierPeriod.Should().Be(ReturnPeriod.Month(2025, 10));
        record.Number.Should().Be("INV-r1");
        record.Date.Should().Be(new LocalDate(2025, 10, 15));
        record.PlaceOfSupply!.Value.Value.Should().Be(27);
        record.TaxableValue.Should().Be(1000m);
        record.Tax.Should().Be(TaxAmounts.OfIgst(180m));
        record.SavedAt.Should().Be(Ist(2025, 11, 5, 10, 0));
        record.FiledAt.Should().Be(Ist(2025, 11, 10, 18, 0));
        record.RevisedAt.Should().Equal(Ist(2025, 11, 6, 9, 0));
        var action = imsCase.Actions.Should().ContainSingle().Subject;
        action.Should().Be(new ImsAction { RecordId = "r1", Action = ActionKind.Accept, At = Ist(2025, 11, 12, 10, 0), Remark = "ok" });
    }

    [Fact]
    public void Read_InvalidJson_ReportsSyntaxWithPathAndLine()
    {
        var json = CaseJson.Of([R1, RecordJson.Invoice("r2").With("igst", "18x")]);

        var result = CaseReader.Read(json);

        result.IsRead.Should().BeFalse();
        var error = result.Findings.Should().ContainSingle().Subject;
        error.Code.Should().Be(JsonFindingCodes.Syntax);
        error.Severity.Should().Be(Severity.Error);
        error.Message.Should().StartWith($"$.records[1].igst (line {CaseJson.RecordLine(1)}): invalid JSON");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"format\": \"ims-case/1\"")]
    [InlineData("{\"format\": \"ims-case/1\"} trailing")]
    [InlineData("{\"format\": 'ims-case/1'}")]
    [InlineData("// comment\n{}")]
    public void Read_MalformedJson_ReportsSyntaxAndNoCase(string json)
    {
        var result = CaseReader.Read(json);

        result.IsRead.Should().BeFalse();
        result.Findings.Should().Contain(f => f.Code == JsonFindingCodes.Syntax && f.Severity == Severity.Error && f.Message.Contains("(line ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("42")]
    public void Read_RootNotAnObject_ReportsTypeAndNoCase(string json)
    {
        var result = CaseReader.Read(json);

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle(f => f.Code == JsonFindingCodes.Type).Which.Message.Should().StartWith("$ (line 1)");
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsSyntax()
    {
        var bytes = Encoding.UTF8.GetBytes(CaseJson.Of(R1.With("number", "\"INV-@\""))).Select(b => b == (byte)'@' ? (byte)0xFF : b).ToArray();

        var result = CaseReader.Read(bytes);

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Code.Should().Be(JsonFindingCodes.Syntax);
    }

    [Fact]
    public void Read_DeeplyNestedValue_ReportsSyntaxWithoutThrowing()
    {
        var json = CaseJson.Of(R1.With("extra", new string('[', 200) + new string(']', 200)));

        var result = CaseReader.Read(json);

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle(f => f.Severity == Severity.Error).Which.Code.Should().Be(JsonFindingCodes.Syntax);
    }

    [Fact]
    public void Read_WrongFormat_ReportsFormatOnly()
    {
        var json = CaseJson.Of([R1.Without("id")], format: "\"ims-2b/1\"");

        var result = CaseReader.Read(json);

        result.IsRead.Should().BeFalse();
        var error = result.Findings.Should().ContainSingle().Subject;
        error.Code.Should().Be(JsonFindingCodes.Format);
        error.Message.Should().StartWith("$.format (line 2): 'ims-2b/1'");
    }

    [Fact]
    public void Read_MissingFormat_ReportsFormatAtTheRoot()
    {
        var json = CaseJson.Of([R1]).Replace("\"format\": \"ims-case/1\",", string.Empty, StringComparison.Ordinal);

        var result = CaseReader.Read(json);

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == JsonFindingCodes.Format && f.Message.StartsWith("$.format (line 1): missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RecordWithoutId_ReportsMissingWithPathAndLine()
    {
        var json = CaseJson.Of([R1, RecordJson.Invoice("r2").Without("id")]);

        var result = CaseReader.Read(json);

        result.IsRead.Should().BeFalse();
        var error = result.Findings.Should().ContainSingle().Subject;
        error.Code.Should().Be(JsonFindingCodes.Missing);
        error.Severity.Should().Be(Severity.Error);
        error.Message.Should().StartWith($"$.records[1].id (line {CaseJson.RecordLine(1)}): missing");
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("form")]
    [InlineData("date")]
    public void Read_RecordWithoutRequiredField_ReportsMissingNamingTheRecord(string field)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.Without(field)));

        result.IsRead.Should().BeFalse();
        var error = result.Findings.Should().ContainSingle().Subject;
        error.Code.Should().Be(JsonFindingCodes.Missing);
        error.RecordId.Should().Be("r1");
        error.Message.Should().StartWith($"$.records[0].{field} (line {CaseJson.RecordLine(0)}): missing");
    }

    [Theory]
    [InlineData("billOfEntry", SupplierForm.Icegate)]
    [InlineData("isdInvoice", SupplierForm.Gstr6)]
    [InlineData("isdCreditNote", SupplierForm.Gstr6)]
    public void Read_KindThatImpliesItsForm_NeedsNoForm(string kind, SupplierForm form)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.Without("form").With("kind", RecordJson.Quote(kind))));

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Records[0].Form.Should().Be(form);
    }

    [Fact]
    public void Read_BillOfEntryWithoutDate_IsDatedByItsReferenceDate()
    {
        var record = R1.Without("date").Without("form").With("kind", "\"billOfEntry\"").With("referenceDate", "\"2025-10-06\"");

        var result = CaseReader.Read(CaseJson.Of(record));

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Records[0].Date.Should().Be(new LocalDate(2025, 10, 6));
    }

    [Theory]
    [InlineData("igst", "\"180.00\"", "a number")]
    [InlineData("kind", "5", "a string")]
    [InlineData("eco", "\"yes\"", "true or false")]
    [InlineData("revisedAt", "\"2025-11-06\"", "an array")]
    [InlineData("pos", "27", "a string")]
    public void Read_WrongJsonType_ReportsTypeWithPathAndLine(string field, string raw, string expected)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With(field, raw)));

        result.IsRead.Should().BeFalse();
        var error = result.Findings.Should().ContainSingle().Subject;
        error.Code.Should().Be(JsonFindingCodes.Type);
        error.Message.Should().StartWith($"$.records[0].{field} (line {CaseJson.RecordLine(0)}): expected {expected}");
    }

    [Fact]
    public void Read_WrongTypeForAnObject_SkipsItsContentAndReportsOnce()
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With("igst", "{ \"a\": [1, 2, { \"b\": 3 }] }")));

        result.Findings.Should().ContainSingle().Which.Code.Should().Be(JsonFindingCodes.Type);
    }

    [Fact]
    public void Read_DuplicateIds_ReportsTheSecondWithTheFirstLine()
    {
        var result = CaseReader.Read(CaseJson.Of([R1, RecordJson.Invoice("r2"), RecordJson.Invoice("r1")]));

        result.IsRead.Should().BeFalse();
        var error = result.Findings.Should().ContainSingle().Subject;
        error.Code.Should().Be(JsonFindingCodes.DuplicateId);
        error.RecordId.Should().Be("r1");
        error.Message.Should().StartWith($"$.records[2].id (line {CaseJson.RecordLine(2)}): the id 'r1' is already used by the record on line {CaseJson.RecordLine(0)}");
    }

    [Fact]
    public void Read_ActionOnUnknownRecord_ReportsUnknownRecordWithPathAndLine()
    {
        var result = CaseReader.Read(CaseJson.Of([R1], [RecordJson.Action("r1"), RecordJson.Action("r9")]));

        result.IsRead.Should().BeFalse();
        var error = result.Findings.Should().ContainSingle().Subject;
        error.Code.Should().Be(JsonFindingCodes.UnknownRecord);
        error.RecordId.Should().Be("r9");
        error.Message.Should().StartWith($"$.actions[1].record (line {CaseJson.ActionLine(1, 1)}): 'r9'");
    }

    [Fact]
    public void Read_ActionsBeforeRecords_AreMatchedAtTheEnd()
    {
        var json = """
            {
              "actions": [ { "record": "r1", "action": "reject", "at": "2025-11-12" } ],
              "format": "ims-case/1",
              "recipient": { "gstin": "27AAPFU0939F1ZV" },
              "records": [ RECORD ]
            }
            """.Replace("RECORD", R1.ToString(), StringComparison.Ordinal);

        var result = CaseReader.Read(json);

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Actions.Should().ContainSingle().Which.Action.Should().Be(ActionKind.Reject);
    }

    [Theory]
    [InlineData("kind", "\"bill\"", "a record kind")]
    [InlineData("form", "\"GSTR-2\"", "a supplier form")]
    [InlineData("invoiceType", "\"X\"", "an invoice type")]
    [InlineData("supplierFrequency", "\"weekly\"", "a return frequency")]
    public void Read_UnknownEnumValue_ReportsValueWithTheAllowedValues(string field, string raw, string what)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With(field, raw)));

        result.IsRead.Should().BeFalse();
        var error = result.Findings.Should().ContainSingle().Subject;
        error.Code.Should().Be(JsonFindingCodes.Value);
        error.Message.Should().StartWith($"$.records[0].{field} (line {CaseJson.RecordLine(0)}): {raw.Replace('"', '\'')} is not {what}: expected one of");
    }

    [Fact]
    public void Read_UnknownAction_ReportsValue()
    {
        var result = CaseReader.Read(CaseJson.Of(R1, RecordJson.Action(action: "approve")));

        result.Findings.Should().ContainSingle().Which.Message.Should()
            .StartWith($"$.actions[0].action (line {CaseJson.ActionLine(1, 0)}): 'approve' is not an IMS action: expected one of none, accept, reject, pending.");
    }

    [Theory]
    [InlineData("29AABCT1332L1Z")]
    [InlineData("00AABCT1332L1ZA")]
    [InlineData("29aabct1332l1za")]
    [InlineData("29AABCT1332L1XA")]
    public void Read_BadGstinShape_ReportsValue(string gstin)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With("supplierGstin", RecordJson.Quote(gstin))));

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == JsonFindingCodes.Value && f.Message.StartsWith($"$.records[0].supplierGstin (line {CaseJson.RecordLine(0)}): '{gstin}' is not a GSTIN", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RecipientGstinWithBadShape_ReportsValue()
    {
        var result = CaseReader.Read(CaseJson.Of(R1).Replace(CaseJson.Recipient, "27AAPFU0939F1Z", StringComparison.Ordinal));

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Message.Should().StartWith("$.recipient.gstin (line 3):");
    }

    [Fact]
    public void Read_GstinWithWrongCheckCharacter_IsReadAndLeftToTheEngine()
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With("supplierGstin", "\"29AABCT1332L1ZU\"")));

        result.Findings.Should().BeEmpty();
        var gstin = result.GetValueOrThrow().Records[0].SupplierGstin!.Value;
        gstin.HasValidCheckCharacter.Should().BeFalse();
        ImsEngine.Create(result.GetValueOrThrow()).CaseFindings.Should().Contain(f => f.Code == FindingCodes.GstinCheckCharacter && f.RecordId == "r1");
    }

    [Theory]
    [InlineData("date", "\"2025-02-30\"", "is not a date")]
    [InlineData("date", "\"15-10-2025\"", "is not a date")]
    [InlineData("date", "\"2000-03-31\"", "is outside the financial years")]
    [InlineData("date", "\"9999-04-01\"", "is outside the financial years")]
    [InlineData("referenceDate", "\"2025/10/15\"", "is not a date")]
    [InlineData("filedAt", "\"2025-11-10T18:00:00\"", "is not an instant")]
    [InlineData("filedAt", "\"2025-11-10 18:00+05:30\"", "is not an instant")]
    [InlineData("savedAt", "\"yesterday\"", "is not an instant")]
    [InlineData("supplierPeriod", "\"102025\"", "is not a period")]
    [InlineData("supplierPeriod", "\"1999-12\"", "is not a period")]
    [InlineData("supplierPeriod", "\"2025-13\"", "is not a period")]
    public void Read_BadDateInstantOrPeriod_ReportsValue(string field, string raw, string message)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With(field, raw)));

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == JsonFindingCodes.Value
            && f.Message.StartsWith($"$.records[0].{field} (line {CaseJson.RecordLine(0)}): {raw.Replace('"', '\'')} {message}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("igst", "180.005")]
    [InlineData("taxableValue", "0.001")]
    [InlineData("cess", "1e-3")]
    public void Read_AmountWithMoreThanTwoDecimals_ReportsValue(string field, string raw)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With(field, raw)));

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == JsonFindingCodes.Value
            && f.Message == $"$.records[0].{field} (line {CaseJson.RecordLine(0)}): {raw} has more than two decimals; amounts are rupees and paise.");
    }

    [Theory]
    [InlineData("180", 180)]
    [InlineData("180.5", 180.5)]
    [InlineData("180.500", 180.5)]
    [InlineData("1.8e2", 180)]
    public void Read_AmountWithTwoDecimalsOrFewer_IsRead(string raw, decimal expected)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With("igst", raw)));

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Records[0].Tax.Igst.Should().Be(expected);
    }

    [Fact]
    public void Read_UnknownField_GivesInfoAndStillReadsTheCase()
    {
        var json = CaseJson.Of([R1.With("colour", "{ \"nested\": [1, 2] }")], extraTop: "\"comment\": \"made by hand\"");

        var result = CaseReader.Read(json);

        result.IsRead.Should().BeTrue();
        result.Findings.Should().HaveCount(2).And.OnlyContain(f => f.Severity == Severity.Info && f.Code == JsonFindingCodes.UnknownField);
        result.Findings[0].Message.Should().Be("$.comment (line 4): unknown field, ignored.");
        result.Findings[1].Message.Should().Be($"$.records[0].colour (line {CaseJson.RecordLine(0)}): unknown field, ignored.");
        result.Findings[1].RecordId.Should().Be("r1");
    }

    [Fact]
    public void Read_DateAloneInATimeField_Means0000Ist()
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With("filedAt", "\"2025-11-10\""), RecordJson.Action(at: "2025-11-12")));

        result.GetValueOrThrow().Records[0].FiledAt.Should().Be(IndianTime.StartOf(new LocalDate(2025, 11, 10)));
        result.GetValueOrThrow().Actions[0].At.Should().Be(IndianTime.StartOf(new LocalDate(2025, 11, 12)));
    }

    [Theory]
    [InlineData("2025-11-10T12:30:00Z")]
    [InlineData("2025-11-10T18:00+05:30")]
    [InlineData("2025-11-10T18:00:00.000+05:30")]
    [InlineData("2025-11-10T07:30:00-05:00")]
    public void Read_InstantWithAnyOffset_IsTheSameInstant(string text)
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With("filedAt", RecordJson.Quote(text))));

        result.GetValueOrThrow().Records[0].FiledAt.Should().Be(Ist(2025, 11, 10, 18, 0));
    }

    [Fact]
    public void Read_NullFiledAt_IsAnUnfiledRecord()
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With("filedAt", "null")));

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Records[0].FiledAt.Should().BeNull();
    }

    [Fact]
    public void Read_QuarterlySuppliersGstr1Period_IsTheQuarter()
    {
        var result = CaseReader.Read(CaseJson.Of(R1.With("supplierFrequency", "\"quarterly\"").With("supplierPeriod", "\"2025-12\"")));

        result.GetValueOrThrow().Records[0].SupplierPeriod.Should().Be(ReturnPeriod.QuarterOf(new YearMonth(2025, 10)));
    }

    [Theory]
    [InlineData("{ \"required\": false }", ItcReductionKind.None, 0)]
    [InlineData("{ \"required\": true }", ItcReductionKind.Full, 0)]
    [InlineData("{ \"required\": true, \"igst\": 90.00 }", ItcReductionKind.Partial, 90)]
    public void Read_ItcReduction_MapsRequiredAndAmounts(string raw, ItcReductionKind kind, decimal igst)
    {
        var result = CaseReader.Read(CaseJson.Of(R1, RecordJson.Action().With("itcReduction", raw)));

        result.Findings.Should().BeEmpty();
        var reduction = result.GetValueOrThrow().Actions[0].ItcReduction!.Value;
        reduction.Kind.Should().Be(kind);
        reduction.Declared.Igst.Should().Be(igst);
    }

    [Theory]
    [InlineData("{ \"required\": false, \"igst\": 90.00 }", JsonFindingCodes.Value, "itcReduction")]
    [InlineData("{ \"igst\": 90.00 }", JsonFindingCodes.Missing, "itcReduction.required")]
    [InlineData("{ \"required\": \"yes\" }", JsonFindingCodes.Type, "itcReduction.required")]
    public void Read_InvalidItcReduction_ReportsIt(string raw, string code, string path)
    {
        var result = CaseReader.Read(CaseJson.Of(R1, RecordJson.Action().With("itcReduction", raw)));

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == code && f.Message.StartsWith($"$.actions[0].{path} (line {CaseJson.ActionLine(1, 0)})", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("record")]
    [InlineData("action")]
    [InlineData("at")]
    public void Read_ActionWithoutRequiredField_ReportsMissing(string field)
    {
        var result = CaseReader.Read(CaseJson.Of(R1, RecordJson.Action().Without(field)));

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Message.Should().StartWith($"$.actions[0].{field} (line {CaseJson.ActionLine(1, 0)}): missing");
    }

    [Fact]
    public void Read_Policies_MapsEveryValue()
    {
        const string policies = """
            "policies": { "amendmentNeedsSettledOriginal": false, "expiredPending": "keepPending", "pendingPastTimeLimit": "keepPending",
              "qrmpMonthlyStatements": true, "sequential": "project", "timeBarCutoff": "ignoreAnnualReturn", "creditNotesInGstr3b": "reversal",
              "ineligibleAmendment": "keepTaken" }
            """;

        var result = CaseReader.Read(CaseJson.Of([R1], extraTop: policies));

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Policies.Should().Be(new ImsPolicies
        {
            AmendmentOriginal = AmendmentOriginalPolicy.Independent,
            ExpiredPending = ExpiredPendingPolicy.KeepPending,
            PendingPastTimeLimit = PendingPastTimeLimitPolicy.KeepPending,
            QrmpStatements = QrmpStatementsPolicy.Monthly,
            Sequential = SequentialPolicy.Project,
            TimeBarCutoff = TimeBarCutoffPolicy.IgnoreAnnualReturn,
            CreditNotesInGstr3b = CreditNotesInGstr3bPolicy.Reversal,
            IneligibleAmendment = IneligibleAmendmentPolicy.KeepTaken,
        });
    }

    [Fact]
    public void Read_NoPolicies_GivesTheDefaults()
    {
        var result = CaseReader.Read(CaseJson.Of([R1], extraTop: "\"filings\": {}"));

        result.GetValueOrThrow().Policies.Should().Be(ImsPolicies.Default);
    }

    [Fact]
    public void Read_UnknownPolicyValue_ReportsValue()
    {
        var result = CaseReader.Read(CaseJson.Of([R1], extraTop: "\"policies\": { \"sequential\": \"wait\" }"));

        result.Findings.Should().ContainSingle().Which.Message.Should()
            .StartWith("$.policies.sequential (line 4): 'wait' is not a sequential policy: expected one of refuse, project.");
    }

    [Fact]
    public void Read_Filings_MapsEveryMap()
    {
        const string filings = """
            "filings": { "gstr3b": { "2025-10": "2025-11-20T17:00:00+05:30" }, "annualReturn": { "2024-25": "2025-12-31" },
              "dueDateExtensions": { "gstr3b:2025-11": "2025-12-27", "iff:2025-10": "2025-11-15" } }
            """;

        var result = CaseReader.Read(CaseJson.Of([R1], extraTop: filings));

        result.Findings.Should().BeEmpty();
        var filed = result.GetValueOrThrow().Filings;
        filed.Gstr3b.Should().Equal(new System.Collections.Generic.Dictionary<YearMonth, Instant> { [new YearMonth(2025, 10)] = Ist(2025, 11, 20, 17, 0) });
        filed.AnnualReturn.Should().ContainKey(FinancialYear.StartingIn(2024)).WhoseValue.Should().Be(new LocalDate(2025, 12, 31));
        filed.DueDateExtensions.Should().BeEquivalentTo(new[]
        {
            new DueDateExtension(ExtendedReturn.Gstr3b, new YearMonth(2025, 11), new LocalDate(2025, 12, 27)),
            new DueDateExtension(ExtendedReturn.Iff, new YearMonth(2025, 10), new LocalDate(2025, 11, 15)),
        });
    }

    [Theory]
    [InlineData("\"gstr3b\": { \"102025\": \"2025-11-20\" }", "$.filings.gstr3b['102025']", "is not a period")]
    [InlineData("\"annualReturn\": { \"2024-2025\": \"2025-12-31\" }", "$.filings.annualReturn['2024-2025']", "is not a financial year")]
    [InlineData("\"dueDateExtensions\": { \"gstr9:2025-11\": \"2025-12-27\" }", "$.filings.dueDateExtensions['gstr9:2025-11']", "is not a return and period")]
    [InlineData("\"dueDateExtensions\": { \"gstr3b:2025-11\": \"2025-12-27T10:00:00+05:30\" }", "$.filings.dueDateExtensions['gstr3b:2025-11']", "is not a date")]
    public void Read_BadFilingKeyOrValue_ReportsValue(string map, string path, string message)
    {
        var result = CaseReader.Read(CaseJson.Of([R1], extraTop: "\"filings\": { " + map + " }"));

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == JsonFindingCodes.Value && f.Message.StartsWith(path + " (line 4): ", StringComparison.Ordinal) && f.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FilingGivenTwice_ReportsDuplicateKey()
    {
        var result = CaseReader.Read(CaseJson.Of([R1], extraTop: "\"filings\": { \"gstr3b\": { \"2025-10\": \"2025-11-20\", \"2025-10\": \"2025-11-21\" } }"));

        result.Findings.Should().ContainSingle().Which.Code.Should().Be(JsonFindingCodes.DuplicateKey);
    }

    [Fact]
    public void Read_ProfileEntry_MapsFrequencyAndStateGroup()
    {
        var json = CaseJson.Of(R1).Replace("\"frequency\": \"monthly\" }", "\"frequency\": \"quarterly\", \"stateGroup\": \"B\" }", StringComparison.Ordinal);

        var result = CaseReader.Read(json);

        result.GetValueOrThrow().Recipient.Profile.Should().Equal(new FrequencyChange(new YearMonth(2024, 4), ReturnFrequency.Quarterly, StateGroup.B));
    }

    [Fact]
    public void Read_MissingRecipient_ReportsMissing()
    {
        var result = CaseReader.Read("{ \"format\": \"ims-case/1\", \"records\": [] }");

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Message.Should().StartWith("$.recipient (line 1): missing");
    }

    [Fact]
    public void Read_NullRecipient_ReportsMissing()
    {
        var result = CaseReader.Read("{ \"format\": \"ims-case/1\", \"recipient\": null, \"records\": null }");

        result.IsRead.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Code.Should().Be(JsonFindingCodes.Missing);
    }

    [Fact]
    public void Read_MinimalCase_HasNoRecordsAndDefaultFilings()
    {
        var result = CaseReader.Read("{ \"format\": \"ims-case/1\", \"recipient\": { \"gstin\": \"27AAPFU0939F1ZV\" } }");

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Records.Should().BeEmpty();
        result.GetValueOrThrow().Filings.Should().Be(Filings.None);
    }

    [Fact]
    public void Read_EscapedNamesAndStrings_AreUnescaped()
    {
        var json = CaseJson.Of(R1.Without("number").With("numb\\u0065r", "\"INV\\u002F7 \\\"A\\\"\""));

        var result = CaseReader.Read(json);

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Records[0].Number.Should().Be("INV/7 \"A\"");
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CaseJson.Of(R1))).ToArray();

        CaseReader.Read(new MemoryStream(bytes)).Findings.Should().BeEmpty();
        CaseReader.Read(bytes).IsRead.Should().BeTrue();
    }

    [Fact]
    public void Read_StreamInTinyWindows_GivesTheSameCaseAsText()
    {
        var json = CaseJson.Of([R1, RecordJson.Invoice("r2").With("number", "\"" + new string('N', 300) + "\"")], [RecordJson.Action()]);

        var streamed = CaseReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), windowSize: 16);

        streamed.Findings.Should().BeEmpty();
        CaseWriter.ToJson(streamed.GetValueOrThrow()).Should().Be(CaseWriter.ToJson(CaseReader.Read(json).GetValueOrThrow()));
    }

    [Fact]
    public void Read_StreamInTinyWindows_ReportsTheRightLines()
    {
        var records = Enumerable.Range(0, 40).Select(i => RecordJson.Invoice("r" + i)).ToList();
        records[33] = records[33].With("kind", "\"note\"");
        var bytes = Encoding.UTF8.GetBytes(CaseJson.Of(records).Replace("\"r37\"", "\"r37\",,", StringComparison.Ordinal));

        var result = CaseReader.Read(new MemoryStream(bytes), windowSize: 16);

        result.Findings.Select(f => f.Code).Should().Equal(JsonFindingCodes.Value, JsonFindingCodes.Syntax);
        result.Findings[0].Message.Should().StartWith($"$.records[33].kind (line {CaseJson.RecordLine(33)})");
        result.Findings[1].Message.Should().Contain($"(line {CaseJson.RecordLine(37)})");
    }

    [Fact]
    public void Read_LargeStream_ReadsEveryRecordThroughAFixedWindow()
    {
        const int count = 20_000;
        using var stream = new CaseStream(count);

        var result = CaseReader.Read(stream);

        result.Findings.Should().BeEmpty();
        result.GetValueOrThrow().Records.Should().HaveCount(count);
        result.GetValueOrThrow().Records[^1].Id.Should().Be("r" + (count - 1));
    }

    [Fact]
    public void Read_NullStream_Throws()
    {
        var read = () => CaseReader.Read((Stream)null!);

        read.Should().Throw<ArgumentNullException>();
    }

    private static Instant Ist(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).WithOffset(IndianTime.Offset).ToInstant();

    /// <summary>A case file generated on the fly, record by record, never held whole in memory.</summary>
    private sealed class CaseStream(int records) : Stream
    {
        private readonly byte[] _head = Encoding.UTF8.GetBytes("{ \"format\": \"ims-case/1\", \"recipient\": { \"gstin\": \"27AAPFU0939F1ZV\" }, \"records\": [\n");
        private readonly byte[] _tail = Encoding.UTF8.GetBytes("] }\n");
        private byte[] _current = [];
        private int _offset;
        private int _next = -1;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_offset == _current.Length)
            {
                if (_next > records)
                {
                    return 0;
                }

                _current = _next == -1 ? _head
                    : _next == records ? _tail
                    : Encoding.UTF8.GetBytes((_next > 0 ? "," : string.Empty) + RecordJson.Invoice("r" + _next) + "\n");
                _next++;
                _offset = 0;
            }

            var n = Math.Min(count, _current.Length - _offset);
            Array.Copy(_current, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
