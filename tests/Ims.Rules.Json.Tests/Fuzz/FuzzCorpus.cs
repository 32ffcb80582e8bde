using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ims.Rules.Json.Tests.Support;

namespace Ims.Rules.Json.Tests.Fuzz;

/// <summary>
/// Malformed and implausible inputs by class, made from a valid case, IMS file, GSTR-2B download and books CSV:
/// framing and encoding, huge and deep, wrong types, missing and unknown fields, numbers, GSTINs, dates, instants,
/// periods, semantics, portal files, CSV and command-line arguments.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly RecordJson R1 = RecordJson.Invoice("r1");

    /// <summary>A valid case with one record and an action, GSTR-3B of 2025-09 filed.</summary>
    public static string ValidCase => CaseJson.Of([R1], [RecordJson.Action()], extraTop: "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20T17:00:00+05:30\" } }");

    private static string Record(RecordJson record) => CaseJson.Of([record], extraTop: "\"filings\": { \"gstr3b\": { \"2025-09\": \"2025-10-20T17:00:00+05:30\" } }");

    private static string Swap(string text, string from, string to) => text.Replace(from, to, StringComparison.Ordinal);

    public static IEnumerable<FuzzInput> CaseFiles()
    {
        const Expect malformed = Expect.Malformed;
        const Expect implausible = Expect.Implausible;
        var valid = ValidCase;

        // Framing and encoding.
        yield return FuzzInput.Text("framing", "empty", string.Empty, malformed);
        yield return FuzzInput.Text("framing", "whitespace", " \n\t\n", malformed);
        yield return new FuzzInput("framing", "bom only", [0xEF, 0xBB, 0xBF], malformed);
        yield return FuzzInput.Text("framing", "truncated", valid[..(valid.Length / 2)], malformed);
        yield return FuzzInput.Text("framing", "trailing garbage", valid + "}", malformed);
        yield return FuzzInput.Text("framing", "two documents", valid + valid, malformed);
        yield return FuzzInput.Text("framing", "nul byte", Swap(valid, "\"INV-r1\"", "\"INV\0r1\""), malformed);
        yield return new FuzzInput("framing", "invalid utf-8", [.. Encoding.UTF8.GetBytes(valid[..40]), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(valid[40..])], malformed);
        yield return new FuzzInput("framing", "utf-16", Encoding.Unicode.GetBytes(valid), malformed);
        yield return FuzzInput.Text("framing", "array at the top", "[" + valid + "]", malformed);
        yield return FuzzInput.Text("framing", "a string at the top", "\"ims-case/1\"", malformed);
        yield return FuzzInput.Text("framing", "comment", "// a case\n" + valid, malformed);
        yield return FuzzInput.Text("framing", "trailing comma", Swap(valid, "\"cess\": 0", "\"cess\": 0,"), malformed);
        yield return FuzzInput.Text("framing", "single quotes", Swap(valid, "\"format\"", "'format'"), malformed);
        yield return FuzzInput.Text("framing", "duplicate records", Swap(valid, "\"records\": [", "\"records\": [],\n  \"records\": ["), malformed);
        yield return FuzzInput.Text("framing", "duplicate gstin", Swap(valid, "\"gstin\": \"27AAPFU0939F1ZV\"", "\"gstin\": \"27AAPFU0939F1ZV\", \"gstin\": \"29AABCT1332L1ZA\""), malformed);

        // Huge and deep.
        yield return FuzzInput.Text("huge", "deep nesting", Swap(valid, "\"records\": [", "\"x\": " + new string('[', 10_000) + new string(']', 10_000) + ",\n  \"records\": ["), malformed);
        yield return FuzzInput.Text("huge", "deep objects", Swap(valid, "\"records\": [", "\"x\": " + string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200) + ",\n  \"records\": ["), malformed);
        yield return FuzzInput.Text("huge", "long number", Record(R1.With("igst", new string('9', 100_000))), malformed);
        yield return FuzzInput.Text("huge", "long kind", Record(R1.With("kind", "\"" + new string('k', 100_000) + "\"")), malformed);

        // Wrong types.
        yield return FuzzInput.Text("types", "records as an object", Swap(valid, "\"records\": [", "\"records\": {\"r\": ["), malformed);
        yield return FuzzInput.Text("types", "amount as a string", Record(R1.With("igst", "\"180.00\"")), malformed);
        yield return FuzzInput.Text("types", "gstin as a number", Swap(valid, "\"27AAPFU0939F1ZV\"", "27"), malformed);
        yield return FuzzInput.Text("types", "date as a number", Record(R1.With("date", "20251015")), malformed);
        yield return FuzzInput.Text("types", "record as null", Swap(valid, "\"records\": [\n    {", "\"records\": [\n    null, {"), malformed);
        yield return FuzzInput.Text("types", "boolean flag as a string", Record(R1.With("reverseCharge", "\"yes\"")), malformed);

        // Missing and unknown fields.
        yield return FuzzInput.Text("fields", "no format", Swap(valid, "\"format\": \"ims-case/1\",", string.Empty), malformed);
        yield return FuzzInput.Text("fields", "other format", Swap(valid, "ims-case/1", "ims-case/2"), malformed);
        yield return FuzzInput.Text("fields", "no recipient", Swap(valid, "\"recipient\"", "\"recipients\""), malformed);
        yield return FuzzInput.Text("fields", "record without id", Record(R1.Without("id")), malformed);
        yield return FuzzInput.Text("fields", "record without kind", Record(R1.Without("kind")), malformed);
        yield return FuzzInput.Text("fields", "misspelt filedAt", Record(new RecordJson(R1.Without("filedAt").Fields.Add(("fieldAt", "\"2025-11-10T18:00:00+05:30\"")))), implausible, "IMS-JSON-UNKNOWN-FIELD");

        // Numbers.
        foreach (var (name, number) in new[] { ("1e400", "1e400"), ("decimal maximum", "79228162514264337593543950335"), ("beyond 10^15", "1000000000000000.01"), ("three decimals", "180.005"), ("minus beyond", "-1000000000000001") })
        {
            yield return FuzzInput.Text("numbers", name, Record(R1.With("taxableValue", number)), malformed);
        }

        yield return FuzzInput.Text("numbers", "NaN", Record(R1.With("igst", "NaN")), malformed);
        yield return FuzzInput.Text("numbers", "hex", Record(R1.With("igst", "0x10")), malformed);
        yield return FuzzInput.Text("numbers", "leading plus", Record(R1.With("igst", "+18")), malformed);
        yield return FuzzInput.Text("numbers", "negative", Record(R1.With("igst", "-18")), implausible, "IMS-RECORD-AMOUNT-NEGATIVE");

        // GSTINs.
        yield return FuzzInput.Text("gstin", "short", Record(R1.With("supplierGstin", "\"29AABCT1332L1Z\"")), malformed);
        yield return FuzzInput.Text("gstin", "lower case", Record(R1.With("supplierGstin", "\"29aabct1332l1za\"")), malformed);
        yield return FuzzInput.Text("gstin", "bad check character", Record(R1.With("supplierGstin", "\"29AABCT1332L1ZU\"")), implausible, "IMS-GSTIN-CHECK-CHARACTER");
        yield return FuzzInput.Text("gstin", "supplier is the recipient", Record(R1.With("supplierGstin", "\"27AAPFU0939F1ZV\"")), implausible, "IMS-RECORD-SUPPLIER-IS-RECIPIENT");

        // Dates, instants, periods.
        yield return FuzzInput.Text("dates", "30 February", Record(R1.With("date", "\"2025-02-30\"")), malformed);
        yield return FuzzInput.Text("dates", "year 0", Record(R1.With("date", "\"0000-01-01\"")), malformed);
        yield return FuzzInput.Text("dates", "before April 2000", Record(R1.With("date", "\"1999-11-03\"")), malformed);
        yield return FuzzInput.Text("dates", "dated after filing", Record(R1.With("date", "\"2025-12-01\"")), implausible, "IMS-RECORD-DATED-AFTER-FILING");
        yield return FuzzInput.Text("instants", "no offset", Record(R1.With("filedAt", "\"2025-11-10T18:00:00\"")), malformed);
        yield return FuzzInput.Text("instants", "offset +25:00", Record(R1.With("filedAt", "\"2025-11-10T18:00:00+25:00\"")), malformed);
        yield return FuzzInput.Text("instants", "year 9999", Record(R1.With("filedAt", "\"9999-12-31T23:00:00+05:30\"")), implausible, "IMS-RECORD-UNPLACEABLE");
        yield return FuzzInput.Text("periods", "month 13", Record(R1.With("supplierPeriod", "\"2025-13\"")), malformed);
        yield return FuzzInput.Text("periods", "before 2000", Record(R1.With("supplierPeriod", "\"1999-12\"")), malformed);
        yield return FuzzInput.Text("periods", "GSTR-3B years ahead", Swap(valid, "\"2025-09\": \"2025-10-20T17:00:00+05:30\"", "\"2025-09\": \"2025-10-20T17:00:00+05:30\", \"2031-01\": \"2025-11-20T17:00:00+05:30\""), implausible, "IMS-GSTR3B-BEFORE-PERIOD-END");
        yield return FuzzInput.Text("periods", "GSTR-3B before its period ended", Swap(valid, "\"2025-09\": \"2025-10-20T17:00:00+05:30\"", "\"2025-09\": \"2025-09-20T17:00:00+05:30\""), implausible, "IMS-GSTR3B-BEFORE-PERIOD-END");

        // Semantics.
        yield return FuzzInput.Text("semantics", "duplicate ids", CaseJson.Of([R1, R1]), malformed);
        yield return FuzzInput.Text("semantics", "action on an unknown record", CaseJson.Of([R1], [RecordJson.Action("ghost")]), malformed);
        yield return FuzzInput.Text("semantics", "IGST with CGST and SGST", Record(R1.With("cgst", "90.00").With("sgst", "90.00")), implausible, "IMS-RECORD-TAX-HEADS-IMPLAUSIBLE");
        yield return FuzzInput.Text("semantics", "CGST unequal to SGST", Record(R1.With("igst", "0").With("cgst", "90.00").With("sgst", "80.00")), implausible, "IMS-RECORD-TAX-HEADS-IMPLAUSIBLE");
        yield return FuzzInput.Text("semantics", "ISD from GSTR-1", Record(R1.With("kind", "\"isdInvoice\"")), implausible, "IMS-RECORD-FORM-MISMATCH");
        yield return FuzzInput.Text("semantics", "a month given twice in the profile", Swap(valid, "\"frequency\": \"monthly\" } ]", "\"frequency\": \"monthly\" }, { \"from\": \"2024-04\", \"frequency\": \"quarterly\" } ]"), implausible, "IMS-PROFILE-OVERLAP");
        yield return FuzzInput.Text("semantics", "amends itself", Record(R1.With("amends", "\"r1\"")), implausible, "IMS-AMENDS-INVALID");
    }

    public static IEnumerable<FuzzInput> ImsFiles()
    {
        const Expect malformed = Expect.Malformed;
        const Expect implausible = Expect.Implausible;
        const string row = "{ \"stin\": \"29AABCT1332L1ZA\", \"inum\": \"A-1\", \"idt\": \"05-10-2025\", \"rtnprd\": \"102025\", \"srcfilstatus\": \"Filed\", \"action\": \"A\", \"txval\": 1000, \"iamt\": 180 }";
        // A good row beside the spoilt one, so that something is read and convert exits with 1, not 2.
        static string With(string field) =>
            "{ \"b2b\": [ " + row.Replace("A-1", "A-0", StringComparison.Ordinal) + ", " + row.Replace(" }", ", " + field + " }", StringComparison.Ordinal) + " ] }";

        yield return FuzzInput.Text("portal", "empty object", "{}", malformed);
        yield return FuzzInput.Text("portal", "every section null", "{\"b2b\": null, \"b2ba\": null, \"b2bcn\": null}", malformed);
        yield return FuzzInput.Text("portal", "a GSTR-2B download", "{\"data\": {\"gstin\": \"27AAPFU0939F1ZV\", \"rtnprd\": \"102025\", \"docdata\": {}}}", malformed);
        yield return FuzzInput.Text("portal", "not JSON", "b2b,inum\n", malformed);
        yield return FuzzInput.Text("portal", "duplicate key", "{\"b2b\": [], \"b2b\": [" + row + "]}", malformed);
        yield return FuzzInput.Text("portal", "trailing comma", "{\"b2b\": [" + row + ",]}", malformed);
        yield return FuzzInput.Text("portal", "unknown srcfilstatus", With("\"srcfilstatus\": \"Submitted\"").Replace("\"srcfilstatus\": \"Filed\", ", string.Empty, StringComparison.Ordinal), implausible, "GSTN-CODE-UNKNOWN");
        yield return FuzzInput.Text("portal", "unknown action", With("\"prev_status\": \"Q\""), implausible, "GSTN-CODE-UNKNOWN");
        yield return FuzzInput.Text("portal", "igst null", With("\"camt\": null"), implausible, "GSTN-AMOUNT-INVALID");
        yield return FuzzInput.Text("portal", "1e400", With("\"samt\": 1e400"), implausible, "GSTN-AMOUNT-INVALID");
        yield return FuzzInput.Text("portal", "negative", With("\"cess\": -5"), implausible, "GSTN-AMOUNT-INVALID");
        yield return FuzzInput.Text("portal", "decimal maximum", With("\"val\": 79228162514264337593543950335"), implausible, "GSTN-AMOUNT-INVALID");
        yield return FuzzInput.Text("portal", "huge field", With("\"remarks\": \"" + new string('r', 1_000_000) + "\""), implausible, "GSTN-ASSUMPTION");
    }

    public static IEnumerable<FuzzInput> Gstr2bFiles()
    {
        const Expect malformed = Expect.Malformed;
        const Expect implausible = Expect.Implausible;
        static string Doc(string extra) =>
            "{\"data\": {\"gstin\": \"27AAPFU0939F1ZV\", \"rtnprd\": \"102025\", \"docdata\": {\"b2b\": [ {\"ctin\": \"29AABCT1332L1ZA\", \"inv\": [ " +
            "{\"inum\": \"A\", \"dt\": \"01-10-2025\", \"igst\": 18" + extra + "} ]} ]}}}";

        yield return FuzzInput.Text("portal-2b", "empty object", "{}", malformed);
        yield return FuzzInput.Text("portal-2b", "IMS data", "{\"b2b\": [{\"stin\": \"29AABCT1332L1ZA\", \"inum\": \"1\"}]}", malformed);
        yield return FuzzInput.Text("portal-2b", "no recipient", "{\"data\": {\"rtnprd\": \"102025\", \"docdata\": {}}}", malformed);
        yield return FuzzInput.Text("portal-2b", "duplicate gstin", "{\"data\": {\"gstin\": \"27AAPFU0939F1ZV\",\n\"gstin\": \"29AABCT1332L1ZA\", \"rtnprd\": \"102025\"}}", malformed);
        yield return FuzzInput.Text("portal-2b", "unknown itcavl", Doc(", \"itcavl\": \"X\""), implausible, "GSTN-CODE-UNKNOWN");
        yield return FuzzInput.Text("portal-2b", "igst null", Doc(", \"cgst\": null"), implausible, "GSTN-AMOUNT-INVALID");
        yield return FuzzInput.Text("portal-2b", "negative igst", Doc(", \"sgst\": -180"), implausible, "GSTN-AMOUNT-INVALID");
        yield return FuzzInput.Text("portal-2b", "1e400", Doc(", \"cess\": 1e400"), implausible, "GSTN-AMOUNT-INVALID");
    }

    public static IEnumerable<FuzzInput> BooksFiles()
    {
        const Expect malformed = Expect.Malformed;
        const Expect implausible = Expect.Implausible;
        const string header = "id,supplierGstin,type,number,date,taxableValue,igst,cgst,sgst,cess,placeOfSupply,reverseCharge,bookedOn\n";
        static string Row(string taxable = "1000.00", string number = "INV-1") => $"PB-1,29AABCT1332L1ZA,invoice,{number},2025-01-05,{taxable},180.00,0,0,0,27,N,2025-01-06\n";

        yield return FuzzInput.Text("csv", "empty", string.Empty, malformed);
        yield return FuzzInput.Text("csv", "header only without a column", "id,number\n", malformed);
        yield return FuzzInput.Text("csv", "semicolons", header.Replace(',', ';') + Row().Replace(',', ';'), malformed);
        yield return FuzzInput.Text("csv", "decimal maximum", header + Row("79228162514264337593543950335"), implausible, "RECON-CSV-VALUE");
        yield return FuzzInput.Text("csv", "beyond 10^15", header + Row("1000000000000000.01"), implausible, "RECON-CSV-VALUE");
        yield return FuzzInput.Text("csv", "unbalanced quote", header + Row(number: "\"INV-1"), implausible);
        yield return FuzzInput.Text("csv", "huge cell", header + Row(number: new string('n', 1_000_000)), implausible);
        yield return FuzzInput.Text("csv", "formula cells", header + Row(number: "=HYPERLINK(\"http://x\")"), implausible);
    }

    /// <summary>Command lines that must never reach an internal error; <c>{case}</c> stands for a valid case file and <c>{dir}</c> for a folder.</summary>
    public static IEnumerable<string[]> CommandLines()
    {
        var huge = new string('9', 100_000);
        yield return [];
        yield return ["--version"];
        yield return ["nonsense"];
        yield return ["compute"];
        yield return ["compute", "{case}"];
        yield return ["compute", "{case}", "--period", huge];
        yield return ["compute", "{case}", "--period", "2025-13"];
        yield return ["compute", "{case}", "--period", "9999-12"];
        yield return ["compute", "{case}", "--period", "2025-10", "--at", "9999-12-31T23:59:59+14:00"];
        yield return ["compute", "{case}", "--period", "2025-10", "--at", huge];
        yield return ["compute", "{case}", "--period", "2025-10", "--format", "xml"];
        yield return ["compute", "{dir}", "--period", "2025-10"];
        yield return ["compute", "", "--period", "2025-10"];
        yield return ["compute", "/nonexistent/case.json", "--period", "2025-10"];
        yield return ["validate", "{case}", "{case}"];
        yield return ["explain", "{case}", huge, "--at", "2025-11-20"];
        yield return ["timeline", "{case}", "--from", "2030-01", "--to", "2025-01"];
        yield return ["diff", "{case}", "{case}"];
        yield return ["diff", "-", "-"];
        yield return ["generate", "--records", "-5", "--seed", "1"];
        yield return ["generate", "--records", huge, "--seed", "x"];
        yield return ["convert", "--from", "gstn-ims", "{case}", "--gstin", "27AAPFU0939F1ZV"];
        yield return ["convert", "--from", "gstn-2b", "{case}"];
        yield return ["convert", "--from", "gstn-ims", "{dir}", "--gstin", huge];
        yield return ["reconcile", "--books", "{case}", "--ims", "{case}", "--at", "2025-02-05"];
        yield return ["reconcile", "--books", "{dir}", "--ims", "{dir}"];
        yield return ["reconcile", "--books", "-", "--ims", "-", "--at", "2025-02-05"];
    }
}
