using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Json.Tests.Support;

namespace Ims.Rules.Json.Tests.Reading;

/// <summary>
/// The reader takes tokens from the input ahead of the parser; a syntax error must still be
/// reported where the parser reached it, after every finding before it, whatever the window.
/// </summary>
public sealed class CaseReaderSyntaxErrorTests
{
    private static readonly string R1 = RecordJson.Invoice("r1").ToString();
    private static readonly string R2 = RecordJson.Invoice("r2").ToString();

    public static TheoryData<string, string> Cases => new()
    {
        {
            Case(R1, R2.Replace("180.00", "18x", System.StringComparison.Ordinal)),
            "IMS-JSON-SYNTAX $.records[1].igst (line 6): invalid JSON near here: 'x' is an invalid end of a number. Expected a delimiter (column 211)."
        },
        {
            Case(R1.Replace("\"invoice\"", "\"note\"", System.StringComparison.Ordinal), R2.Replace("\"r2\",", "\"r2\",,", System.StringComparison.Ordinal)),
            "IMS-JSON-VALUE $.records[0].kind (line 5): 'note' is not a record kind: expected one of invoice, debitNote, creditNote, billOfEntry, isdInvoice, isdCreditNote."
            + " | IMS-JSON-SYNTAX $.records[1].id (line 6): invalid JSON near here: ',' is an invalid start of a property name. Expected a '\"' (column 18)."
        },
        {
            Case(R1, R2.Replace("\"INV-r2\"", "\"INV-r2", System.StringComparison.Ordinal)),
            "IMS-JSON-SYNTAX $.records[1].number (line 6): invalid JSON near here: 'd' is invalid after a value. Expected either ',', '}', or ']' (column 141)."
        },
        {
            Case(R1, R2)[..^40],
            "IMS-JSON-SYNTAX $.records[1].savedAt (line 6): invalid JSON near here: Expected end of string, but instead reached end of data (column 297)."
        },
        {
            Case(R1) + " trailing",
            "IMS-JSON-SYNTAX $.records[1] (line 8): invalid JSON near here: 't' is invalid after a single JSON value. Expected end of data (column 2)."
        },
        {
            Case(R1.Replace("1000.00", "01000.00", System.StringComparison.Ordinal)),
            "IMS-JSON-SYNTAX $.records[0].taxableValue (line 5): invalid JSON near here: Invalid leading zero before '1' (column 193)."
        },
        {
            Case(R1.Replace("\"pos\": \"27\"", "\"pos\": \"27\" \"x\": 1", System.StringComparison.Ordinal)),
            "IMS-JSON-SYNTAX $.records[0].pos (line 5): invalid JSON near here: '\"' is invalid after a value. Expected either ',', '}', or ']' (column 175)."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_SyntaxError_IsReportedWhereParsingReachedIt(string json, string findings)
    {
        Describe(CaseReader.Read(json)).Should().Be(findings);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_SyntaxErrorInAnyWindow_IsReportedWhereParsingReachedIt(string json, string findings)
    {
        foreach (var window in new[] { 16, 64, 4096 })
        {
            Describe(CaseReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), window)).Should().Be(findings, "window {0}", window);
        }
    }

    private static string Case(params string[] records) =>
        "{\n  \"format\": \"ims-case/1\",\n  \"recipient\": { \"gstin\": \"27AAPFU0939F1ZV\" },\n  \"records\": [\n    "
        + string.Join(",\n    ", records) + "\n  ]\n}\n";

    private static string Describe(ReadResult<ImsCase> result) =>
        string.Join(" | ", result.Findings.Select(f => f.Code + " " + f.Message));
}
