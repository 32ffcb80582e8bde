using System.Linq;
using System.Text;
using Ims.Rules.Json.Internal;
using Ims.Rules.Json.Tests.Support;

namespace Ims.Rules.Json.Tests.Reading;

public sealed class GstinCacheTests
{
    private static readonly Gstin Supplier = Gstin.Parse("29AABCT1332L1ZA");

    [Fact]
    public void TryGet_GstinAdded_FindsItWithItsString()
    {
        var cache = new GstinCache();
        cache.Add(Supplier);

        cache.TryGet(Encoding.UTF8.GetBytes("29AABCT1332L1ZA"), out var found).Should().BeTrue();

        found.Should().Be(Supplier);
        found.ToString().Should().BeSameAs(Supplier.ToString());
    }

    [Theory]
    [InlineData("29AABCT1332L1ZB")]
    [InlineData("29AABCT1332L1Z")]
    [InlineData("29AABCT1332L1ZAA")]
    [InlineData("29AABCT1332L1Zé")]
    [InlineData("29AABCT1332L1é")] // fifteen bytes, not fifteen characters
    [InlineData("")]
    public void TryGet_OtherText_FindsNothing(string text)
    {
        var cache = new GstinCache();
        cache.Add(Supplier);

        cache.TryGet(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Fact]
    public void TryGet_ThousandsAdded_FindsEachAndNoOther()
    {
        var cache = new GstinCache();
        var gstins = Enumerable.Range(0, 5000)
            .Select(i => Gstin.ParseAllowingBadCheckCharacter("29AABCT" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "L1ZA"))
            .ToList();
        gstins.ForEach(cache.Add);
        gstins.ForEach(cache.Add); // again: no second entry

        var found = gstins.Select(g => cache.TryGet(Encoding.UTF8.GetBytes(g.ToString()), out var known) ? known.ToString() : null);
        found.Should().Equal(gstins.Select(g => g.ToString()));
        cache.TryGet(Encoding.UTF8.GetBytes("29AABCT9999L1ZA"), out _).Should().BeFalse();
    }

    [Fact]
    public void Read_RecordsOfOneSupplier_ReadTheSameGstinEachTime()
    {
        var wrongCheck = "\"29AABCT1332L1ZU\"";
        var json = CaseJson.Of(
            [RecordJson.Invoice("r1"), RecordJson.Invoice("r2"), RecordJson.Invoice("r3").With("supplierGstin", wrongCheck), RecordJson.Invoice("r4").With("supplierGstin", wrongCheck)]);

        var records = CaseReader.Read(json).GetValueOrThrow().Records;

        records[1].SupplierGstin.Should().Be(records[0].SupplierGstin);
        records[1].SupplierGstin!.Value.HasValidCheckCharacter.Should().BeTrue();
        records[3].SupplierGstin.Should().Be(records[2].SupplierGstin);
        records[3].SupplierGstin!.Value.HasValidCheckCharacter.Should().BeFalse();
        records[3].SupplierGstin!.Value.ToString().Should().Be("29AABCT1332L1ZU");
    }
}
