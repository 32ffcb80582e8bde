using System.Collections.Immutable;
using System.Linq;
using Ims.Rules.Engine;
using Ims.Rules.Records;

namespace Ims.Rules.Tests.Engine;

public sealed class IdIndexTests
{
    [Fact]
    public void TryGetValue_TenThousandIds_FindsEachAtItsIndexAndNothingElse()
    {
        var (index, _) = Indexed(10_000);

        Enumerable.Range(0, 10_000).Where(i => !(index.TryGetValue("id-" + i, out var found) && found == i)).Should().BeEmpty();
        index.TryGetValue("id-10000", out var missing).Should().BeFalse();
        missing.Should().Be(-1);
        index.TryGetValue("ID-1", out _).Should().BeFalse("ids are compared ordinally");
    }

    [Fact]
    public void TryAdd_AnIdAlreadyThere_RefusesAndNamesTheFirstRecord()
    {
        var (index, table) = Indexed(100);
        table.Add(0);

        index.TryAdd("id-42", 100, out var existing).Should().BeFalse();
        existing.Should().Be(42);
        index.TryGetValue("id-42", out var found).Should().BeTrue();
        found.Should().Be(42);
    }

    private static (IdIndex Index, RecordTable Table) Indexed(int count)
    {
        var records = Enumerable.Range(0, count).Select(i => new InwardRecord { Id = "id-" + i, Kind = RecordKind.Invoice, Form = SupplierForm.Gstr1, Number = "INV" + i, Date = new NodaTime.LocalDate(2025, 10, 1) }).ToImmutableArray();
        var table = new RecordTable(records, count);
        var index = new IdIndex(count, table);
        for (var i = 0; i < count; i++)
        {
            index.TryAdd(records[i].Id, table.Add(i).Index, out _).Should().BeTrue();
        }

        return (index, table);
    }
}
