import Foundation

@testable import DealSim

/// One example of each chart kind, with data shaped like the reports' (made up, from a
/// seeded generator), for the structure tests and for the preview page.
enum ChartFixtures {
    static let money = TickFormat.money(prefix: "$")
    static let months = (1...24).map(Double.init)

    /// A fan: a per-outcome bill that grows with volume and a training ramp.
    static var fan: FanChart {
        FanChart(
            title: "Monthly bill: per outcome", description: "The invoice's P5–P95 band and median by month.",
            fans: [perOutcomeBill], xAxis: ChartAxis(title: "Month", wholeSteps: true),
            yAxis: ChartAxis(title: "Invoice per month", format: money, includesZero: true))
    }

    static var perOutcomeBill: FanSeries {
        let middle = months.map { month in 9_000 * min(1, 0.35 + 0.65 * month / 4) * pow(1.03, month - 1) }
        return FanSeries(
            name: "Per outcome", x: months, low: middle.map { $0 * 0.78 }, middle: middle, high: middle.map { $0 * 1.25 })
    }

    static var cappedBill: FanSeries {
        let middle = months.map { month in min(14_000, 9_000 * min(1, 0.35 + 0.65 * month / 4) * pow(1.03, month - 1)) }
        return FanSeries(
            name: "Capped per outcome", x: months, low: middle.map { $0 * 0.8 }, middle: middle, high: middle.map { min(14_000, $0 * 1.25) }
        )
    }

    static var subscriptionBill: FanSeries {
        FanSeries(
            name: "Subscription plus bonus", x: months, low: months.map { _ in 8_000 }, middle: months.map { $0 < 4 ? 8_000 : 9_500 },
            high: months.map { $0 < 4 ? 8_000 : 11_000 })
    }

    /// Cumulative profit curves, each with its deepest point marked.
    static var lines: LineChart {
        let curves: [(String, Double, Double)] = [
            ("Per outcome", -9_000, 3_100), ("Capped per outcome", -7_000, 2_000), ("Subscription", -2_500, 1_200),
        ]
        var series: [LineSeries] = []
        var markers: [ChartMarker] = []
        for (index, (name, dip, gain)) in curves.enumerated() {
            var total = 0.0
            let values = months.map { month -> Double in
                total += month <= 3 ? dip * (1.4 - month * 0.3) : gain * (1 + month / 24)
                return total
            }
            series.append(LineSeries(name: name, x: months, y: values))
            let deepest = values.indices.min { values[$0] < values[$1] }!
            markers.append(
                ChartMarker(
                    series: index, point: ChartPoint(x: months[deepest], y: values[deepest]),
                    label: "\(money.label(values[deepest])) in month \(deepest + 1)"))
        }
        return LineChart(
            title: "Cash curve", description: "Cumulative expected vendor profit by month, the deepest point of each offer marked.",
            series: series, markers: markers, xAxis: ChartAxis(title: "Month", wholeSteps: true),
            yAxis: ChartAxis(title: "Cumulative vendor profit", format: money, includesZero: true))
    }

    /// ECDFs of 100,000 made-up per-trial profits per offer.
    static var steps: StepChart {
        let offers: [(String, Double, Double)] = [
            ("Per outcome", 42_000, 30_000), ("Capped per outcome", 30_000, 18_000), ("Subscription", 22_000, 6_000),
        ]
        var generator = SplitMix(seed: 7)
        let series = offers.map { name, mean, spread in
            let values = (0..<100_000).map { _ in mean + spread * generator.normal() }
            return LineSeries(name: name, points: ECDF.points(values, including: [0]))
        }
        return StepChart(
            title: "Profit distributions",
            description: "The ECDF of horizon vendor profit per offer; the height at 0 is the chance of a loss.",
            series: series, xAxis: ChartAxis(title: "Vendor profit over 24 months", format: money),
            yAxis: ChartAxis(title: "Share of trials at or below", format: .percent, range: 0...1),
            reference: ReferenceLine(x: 0, label: "break-even"))
    }

    /// Expected total cost with whiskers, per offer and for all-human work.
    static var whiskers: WhiskerBarChart {
        WhiskerBarChart(
            title: "Buyer's total cost", description: "Expected total cost over 24 months with P5–P95 whiskers.",
            bars: [
                WhiskerBar(label: "Per outcome", value: 310_000, low: 262_000, high: 371_000),
                WhiskerBar(label: "Capped per outcome", value: 296_000, low: 258_000, high: 325_000),
                WhiskerBar(label: "Subscription plus bonus", value: 228_000, low: 214_000, high: 241_000),
                WhiskerBar(label: "All-human work", value: 540_000, low: 505_000, high: 578_000),
            ], axis: ChartAxis(title: "Total cost over 24 months", format: money))
    }

    /// A tornado of five inputs around a base profit.
    static var tornado: TornadoChart {
        TornadoChart(
            title: "What moves vendor profit", description: "Vendor profit with each input at the low and high end of its range.",
            centre: 42_000, centreLabel: "Base $42k",
            bars: [
                TornadoBar(label: "Tasks per month 800–1,200", low: 30_000, high: 55_000),
                TornadoBar(label: "Success rate 60%–90%", low: -18_000, high: 88_000),
                TornadoBar(label: "Compute cost ±30%", low: 51_000, high: 33_000),
                TornadoBar(label: "Training lag 1–6 months", low: 47_000, high: 29_000),
                TornadoBar(label: "Dispute rate 0%–5%", low: 44_000, high: 38_500),
            ], axis: ChartAxis(title: "Vendor profit over 24 months", format: money))
    }

    /// Profit over a grid of price and success rate.
    static var heatMap: HeatMap {
        let prices = stride(from: 0.5, through: 4.0, by: 0.5).map { $0 }
        let rates = stride(from: 0.5, through: 0.95, by: 0.09).map { ($0 * 100).rounded() / 100 }
        let values = rates.map { rate in prices.map { price in 20_000 * (price * rate * 1.6 - 1.4) } }
        return HeatMap(
            title: "Vendor profit by price and success rate", description: "Expected vendor profit over 24 months on a grid.",
            xValues: prices, yValues: rates, values: values, xAxis: ChartAxis(title: "Price per outcome", format: money),
            yAxis: ChartAxis(title: "Success rate", format: .percent), valueAxis: ChartAxis(title: "Vendor profit", format: money))
    }

    /// One fan per offer on a shared scale.
    static var smallMultiples: SmallMultiples {
        SmallMultiples(
            title: "The monthly bill", description: "Per offer, the invoice's P5–P95 band and median by month, on one scale.",
            panels: [perOutcomeBill, cappedBill, subscriptionBill], xAxis: ChartAxis(title: "Month", wholeSteps: true),
            yAxis: ChartAxis(title: "Invoice per month", format: money, includesZero: true))
    }

    /// Every example as (name, SVG) at the reports' sizes, made once.
    static let all: [(name: String, svg: String)] = render()

    /// Every example as (name, SVG) at the reports' sizes.
    static func render() -> [(name: String, svg: String)] {
        [
            ("fan", fan.svg(width: 720, height: 360)), ("lines", lines.svg(width: 720, height: 360)),
            ("steps", steps.svg(width: 720, height: 360)), ("whiskers", whiskers.svg(width: 720, height: 360)),
            ("tornado", tornado.svg(width: 720, height: 360)), ("heat map", heatMap.svg(width: 720, height: 360)),
            ("small multiples", smallMultiples.svg(panelWidth: 340, panelHeight: 200)),
        ]
    }
}

extension ChartFixtures {
    /// Awkward cases, for the preview page: one month, one offer, many panels, negative bars,
    /// long names, a fine grid.
    static func edgeCases() -> [(name: String, svg: String)] {
        let oneMonth = FanChart(
            title: "One month", description: "A horizon of a single month.",
            fans: [FanSeries(name: "Only offer", x: [1], low: [8_000], middle: [10_000], high: [12_500])],
            xAxis: ChartAxis(title: "Month", wholeSteps: true), yAxis: ChartAxis(title: "Invoice", format: money, includesZero: true))
        let oneOffer = SmallMultiples(
            title: "The monthly bill, one offer", description: "A single panel.", panels: [perOutcomeBill],
            xAxis: ChartAxis(title: "Month", wholeSteps: true),
            yAxis: ChartAxis(title: "Invoice per month", format: money, includesZero: true))
        let fourPanels = SmallMultiples(
            title: "Four offers", description: "Four panels on one scale.",
            panels: [
                perOutcomeBill, cappedBill, subscriptionBill,
                FanSeries(name: "An offer with a very long name that will not fit", points: []),
            ],
            xAxis: ChartAxis(title: "Month", wholeSteps: true),
            yAxis: ChartAxis(title: "Invoice per month", format: .money(prefix: "CHF "), includesZero: true))
        let negative = WhiskerBarChart(
            title: "Vendor profit, some offers losing", description: "Expected vendor profit with P5–P95 whiskers.",
            bars: [
                WhiskerBar(label: "Per outcome", value: 42_000, low: -12_000, high: 95_000),
                WhiskerBar(label: "Capped", value: -8_000, low: -31_000, high: 9_000),
                WhiskerBar(label: "An offer with a rather long name indeed", value: -30_000, low: -52_000, high: -11_000),
            ], axis: ChartAxis(title: "Vendor profit", format: money), barLabel: "Expected")
        let oneLine = LineChart(
            title: "Cash curve, one month", description: "A single point.",
            series: [LineSeries(name: "Only offer", x: [1], y: [-4_200])],
            markers: [ChartMarker(series: 0, point: ChartPoint(x: 1, y: -4_200), label: "-$4.2k in month 1")],
            xAxis: ChartAxis(title: "Month", wholeSteps: true),
            yAxis: ChartAxis(title: "Cumulative vendor profit", format: money, includesZero: true))
        let prices = (0..<30).map { 0.25 + Double($0) * 0.25 }
        let rates = (0..<20).map { 0.5 + Double($0) * 0.025 }
        let fine = HeatMap(
            title: "A fine grid", description: "30 × 20 cells.", xValues: prices, yValues: rates,
            values: rates.map { rate in prices.map { price in rate > 0.9 && price > 6 ? .nan : 1_000 * (price * rate - 2) } },
            xAxis: ChartAxis(title: "Price per outcome", format: money), yAxis: ChartAxis(title: "Success rate", format: .percent),
            valueAxis: ChartAxis(title: "Vendor profit", format: money))
        let manyLines = LineChart(
            title: "Eight offers and a legend that wraps", description: "Eight series.",
            series: (0..<9).map { index in
                LineSeries(name: "Offer number \(index + 1)", x: months, y: months.map { $0 * Double(index + 1) * 1_000 - 5_000 })
            }, xAxis: ChartAxis(title: "Month", wholeSteps: true), yAxis: ChartAxis(format: money))
        return [
            ("one month", oneMonth.svg()), ("one line point", oneLine.svg()), ("negative whiskers", negative.svg()),
            ("fine heat map", fine.svg()), ("many lines", manyLines.svg()),
            ("one panel", oneOffer.svg(panelWidth: 340, panelHeight: 200)),
            ("four panels", fourPanels.svg(panelWidth: 340, panelHeight: 200)),
        ]
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014) for made-up test data, with normals by Box–Muller.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    mutating func normal() -> Double {
        let u = max(uniform(), 0x1p-53), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}
