using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace Ims.Rules.Cli.Report;

/// <summary>
/// The report's charts, drawn by ScottPlot as SVG. Amounts become <see cref="double"/> here only to be
/// drawn; every figure a reader can copy is printed from the decimals in the report's tables.
/// </summary>
internal static class ReportCharts
{
    public static readonly Color Available = Color.FromHex("#2E7D32");
    public static readonly Color NotAvailable = Color.FromHex("#F9A825");
    public static readonly Color Rejected = Color.FromHex("#C62828");
    private static readonly Color Neutral = Color.FromHex("#1565C0");

    /// <summary>A bar chart with one group per label and one bar per series in each group.</summary>
    /// <param name="title">The title.</param>
    /// <param name="labels">The groups (periods).</param>
    /// <param name="series">Each series' name, colour and one value per group.</param>
    /// <returns>The SVG document.</returns>
    public static string GroupedBars(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, Color Color, IReadOnlyList<decimal> Values)> series)
    {
        var plot = NewPlot(title);
        var bars = new List<Bar>();
        var width = 0.8 / Math.Max(1, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            for (var i = 0; i < labels.Count; i++)
            {
                bars.Add(new Bar
                {
                    Position = i - 0.4 + (width * (s + 0.5)),
                    Value = (double)series[s].Values[i],
                    FillColor = series[s].Color,
                    LineWidth = 0,
                    Size = width * 0.9,
                });
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name, FillColor = series[s].Color });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        if (labels.Count > 8)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 70;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Rupees };
        plot.Axes.Left.Label.Text = "rupees";
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Right);
        return plot.GetSvgXml(1000, 400);
    }

    /// <summary>Horizontal bars, the first label at the top.</summary>
    /// <param name="title">The title.</param>
    /// <param name="labels">The bars' names.</param>
    /// <param name="values">Their values.</param>
    /// <param name="unit">The value axis' label.</param>
    /// <param name="money">Whether values are rupees (else counts).</param>
    /// <returns>The SVG document.</returns>
    public static string HorizontalBars(string title, IReadOnlyList<string> labels, IReadOnlyList<decimal> values, string unit, bool money)
    {
        var plot = NewPlot(title);
        var bars = labels.Select((_, i) => new Bar
        {
            Position = labels.Count - 1 - i,
            Value = (double)values[i],
            FillColor = Neutral,
            LineWidth = 0,
            Size = 0.7,
        }).ToList();
        var added = plot.Add.Bars(bars);
        added.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, labels.Count).Select(i => (double)(labels.Count - 1 - i))], [.. labels]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = money ? Rupees : Count };
        plot.Axes.Bottom.Label.Text = unit;
        plot.Axes.Margins(left: 0);
        return plot.GetSvgXml(900, Math.Max(160, 60 + (28 * labels.Count)));
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Title.Label.FontSize = 16;
        return plot;
    }

    private static string Rupees(double value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Count(double value) => Math.Abs(value - Math.Round(value)) < 1e-9 ? value.ToString("#,##0", CultureInfo.InvariantCulture) : string.Empty;
}
