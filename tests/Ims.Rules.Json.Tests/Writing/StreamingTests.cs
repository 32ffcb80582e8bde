using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Ims.Rules.Testing;

namespace Ims.Rules.Json.Tests.Writing;

/// <summary>The writers hand a large document to the stream as they go, 64 KB at a time, instead of all at the end.</summary>
public sealed class StreamingTests
{
    [Fact]
    public void CaseWriter_LargeCase_WritesInChunksOfAbout64KB()
    {
        var imsCase = SyntheticCases.Generate(new SyntheticCaseOptions { Records = 3000, Seed = 5 });
        using var stream = new RecordingStream();

        CaseWriter.Write(imsCase, stream);

        stream.Writes.Count.Should().BeGreaterThan(5);
        stream.Writes.Should().OnlyContain(size => size < 1 << 18, "nothing much above 64 KB is held back");
        stream.Writes.Count(size => size < 1 << 16).Should().BeLessThanOrEqualTo(2, "only the tail of the records and the end are smaller");
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(CaseWriter.ToJson(imsCase));
    }

    [Fact]
    public void TimelineWriter_LargeTimeline_WritesInChunks()
    {
        var engine = ImsEngine.Create(SyntheticCases.Generate(new SyntheticCaseOptions { Records = 3000, Seed = 5 }));
        var statements = engine.ComputeRange(Ims.Rules.ReturnPeriod.Month(2025, 4), Ims.Rules.ReturnPeriod.Month(2026, 3));
        using var stream = new RecordingStream();

        TimelineWriter.Write(statements, null, stream);

        stream.Writes.Count.Should().BeGreaterThan(5);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(TimelineWriter.ToJson(statements));
    }

    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }
    }
}
