import Testing

@testable import DealSim

extension ChartTests {
    /// A tiny line chart whose whole SVG text is pinned: any change to layout, number
    /// formatting or element order shows here.
    @Suite struct GoldenChartTests {
        static let chart = LineChart(
            title: "Golden", description: "Two months of profit.", series: [LineSeries(name: "A", x: [1, 2, 3], y: [-1_000, 500, 2_000])],
            markers: [ChartMarker(series: 0, point: ChartPoint(x: 1, y: -1_000), label: "-$1k")],
            xAxis: ChartAxis(title: "Month", wholeSteps: true),
            yAxis: ChartAxis(format: .money(prefix: "$")))

        @Test func tinyLineChart() {
            let svg = Self.chart.svg(width: 240, height: 160)
            #expect(svg == Self.golden)
        }

        static let golden =
            """
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="240" height="160" viewBox="0 0 240 160" font-family="sans-serif" role="img">
            <title>Golden</title>
            <desc>Two months of profit.</desc>
            <rect x="0" y="0" width="240" height="160" fill="#FFFFFF"/>
            <text x="12" y="25" font-size="15" font-weight="bold" fill="#222222">Golden</text>
            <line x1="12" y1="41" x2="30" y2="41" stroke="#0072B2" stroke-width="2.5"/>
            <text x="36" y="45" font-size="12" fill="#222222">A</text>
            <text x="131.2" y="146" font-size="11" text-anchor="middle" fill="#555555">Month</text>
            <line x1="46.4" y1="62" x2="46.4" y2="114" stroke="#E3E3E3" stroke-width="1"/>
            <line x1="131.2" y1="62" x2="131.2" y2="114" stroke="#E3E3E3" stroke-width="1"/>
            <line x1="216" y1="62" x2="216" y2="114" stroke="#E3E3E3" stroke-width="1"/>
            <line x1="46.4" y1="62" x2="216" y2="62" stroke="#E3E3E3" stroke-width="1"/>
            <line x1="46.4" y1="88" x2="216" y2="88" stroke="#666666" stroke-width="1"/>
            <line x1="46.4" y1="114" x2="216" y2="114" stroke="#888888" stroke-width="1"/>
            <polyline points="46.4,101 131.2,81.5 216,62" fill="none" stroke="#0072B2" stroke-width="2.5" stroke-linejoin="round"/>
            <circle cx="46.4" cy="101" r="4.5" fill="#0072B2" stroke="#FFFFFF" stroke-width="1.5"/>
            <rect x="46.4" y="79" width="34.4" height="16" fill="#FFFFFF" fill-opacity="0.85"/>
            <text x="63.6" y="90.5" font-size="11" text-anchor="middle" font-weight="bold" fill="#222222">-$1k</text>
            <text x="40.4" y="118" font-size="11" text-anchor="end" fill="#555555">-$2k</text>
            <text x="40.4" y="92" font-size="11" text-anchor="end" fill="#555555">$0</text>
            <text x="40.4" y="66" font-size="11" text-anchor="end" fill="#555555">$2k</text>
            <text x="46.4" y="129" font-size="11" text-anchor="middle" fill="#555555">1</text>
            <text x="131.2" y="129" font-size="11" text-anchor="middle" fill="#555555">2</text>
            <text x="216" y="129" font-size="11" text-anchor="middle" fill="#555555">3</text>
            </svg>

            """
    }
}
