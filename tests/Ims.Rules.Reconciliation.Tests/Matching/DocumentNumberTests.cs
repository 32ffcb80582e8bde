using Ims.Rules.Reconciliation.Matching;
using static Ims.Rules.Reconciliation.Tests.Support.Build;

namespace Ims.Rules.Reconciliation.Tests.Matching;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("inv/24-25/0042", "2024-06-01", "INV42")]
    [InlineData("INV-2024-25-0042", "2024-06-01", "INV42")]
    [InlineData("INV 2024-2025 42", "2024-06-01", "INV42")]
    [InlineData("INV/24-25/42", "2025-04-02", "INV42")] // the year before the date's
    [InlineData("INV/23-24/42", "2025-06-01", "INV232442")] // two years before the date's: kept
    [InlineData("INV-10-11", "2024-06-01", "INV1011")] // not a year fragment of the date
    [InlineData("A.B_C 0-0", "2024-06-01", "ABC00")]
    [InlineData("000", "2024-06-01", "0")]
    [InlineData("24-25", "2024-06-01", "2425")] // nothing left after removing the year: the number without separators
    [InlineData("INV-1-05", "2024-06-01", "INV15")]
    public void Normalise_Variants_GiveTheSameKey(string number, string date, string expected) =>
        DocumentNumber.Normalise(number, Date(date)).Should().Be(expected);
}
