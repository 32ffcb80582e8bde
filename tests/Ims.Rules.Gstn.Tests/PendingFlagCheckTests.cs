using System.Linq;
using Ims.Rules.Gstn.Tests.Support;
using static Ims.Rules.Gstn.Tests.Support.Build;

namespace Ims.Rules.Gstn.Tests;

public sealed class PendingFlagCheckTests
{
    private static readonly ImsReadOptions Options = new() { RecipientGstin = Build.Recipient, ActionsAt = Ist("2025-02-12T10:00") };

    private static ImsInvoiceData CreditNoteAndInvoice(string creditNoteFlag, string invoiceFlag) => ImsInvoiceReader.Read(
        $$"""
        {
          "b2bcn": [ { "stin": "29AABCT1332L1ZA", "nt_num": "CN-1", "nt_dt": "20-01-2025", "rtnprd": "012025", "srcform": "R1",
                       "srcfilstatus": "Filed", "action": "N", "ispendactblocked": "{{creditNoteFlag}}", "pos": "27", "txval": 200, "iamt": 36 } ],
          "b2b": [ { "stin": "29AABCT1332L1ZA", "inum": "INV-1", "idt": "20-01-2025", "rtnprd": "012025", "srcform": "R1",
                     "srcfilstatus": "Filed", "action": "N", "ispendactblocked": "{{invoiceFlag}}", "ispendactnallwd": "{{invoiceFlag}}", "pos": "27", "txval": 1000, "iamt": 180 } ]
        }
        """,
        Options).GetValueOrThrow();

    [Fact]
    public void Compare_PortalAllowsPendingOnAJan2025CreditNote_ReportsTheDisagreement()
    {
        var data = CreditNoteAndInvoice(creditNoteFlag: "N", invoiceFlag: "N");

        var findings = PendingFlagCheck.Compare(data, ImsEngine.Create(data.ToCase()));

        var finding = findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(GstnFindingCodes.PendingFlagMismatch);
        finding.Severity.Should().Be(Severity.Warning);
        finding.RecordId.Should().Be("b2bcn/29AABCT1332L1ZA/CN-1");
        finding.Message.Should().Contain("ispendactblocked = N").And.Contain("blocks").And.Contain("R22");
    }

    [Fact]
    public void Compare_PortalAndEngineAgree_FindNothing()
    {
        var data = CreditNoteAndInvoice(creditNoteFlag: "Y", invoiceFlag: "N");

        PendingFlagCheck.Compare(data, ImsEngine.Create(data.ToCase())).Should().BeEmpty();
    }

    [Fact]
    public void Compare_BothFlagsWrong_ReportsEachFlag()
    {
        var data = CreditNoteAndInvoice(creditNoteFlag: "Y", invoiceFlag: "Y");

        var findings = PendingFlagCheck.Compare(data, ImsEngine.Create(data.ToCase()));

        findings.Should().HaveCount(2);
        findings.Select(f => f.Message).Should().Contain(m => m.Contains("ispendactblocked = Y", System.StringComparison.Ordinal))
            .And.Contain(m => m.Contains("ispendactnallwd = Y", System.StringComparison.Ordinal));
        findings.Should().OnlyContain(f => f.RecordId == "b2b/29AABCT1332L1ZA/INV-1" && f.Message.Contains("allows", System.StringComparison.Ordinal));
    }

    [SharedFixtureFact]
    public void Compare_ImsFixture_RecordsTheEngineLeftOutAreUnchecked()
    {
        var data = ImsInvoiceReader.Read(Fixtures.Read(Fixtures.Ims), Options).GetValueOrThrow();

        var findings = PendingFlagCheck.Compare(data, ImsEngine.Create(data.ToCase()));

        findings.Should().HaveCount(6).And.OnlyContain(f => f.Code == GstnFindingCodes.PendingFlagUnchecked && f.Severity == Severity.Info);
    }
}
