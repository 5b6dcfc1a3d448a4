/// Choosing how many ticks an axis gets from the room it has.
enum TickFitting {
    /// Ticks for a vertical axis `length` pixels long: about one every 30 pixels, 3 to 7.
    static func vertical(_ axis: ChartAxis, _ data: ValueRange, length: Double) -> (AxisTicks, [String]) {
        let count = min(7, max(3, Int(length / 30) + 1))
        let ticks = axis.ticks(data, maximumCount: count)
        return (ticks, axis.format.labels(ticks))
    }

    /// Ticks for a horizontal axis `length` pixels long: the most (up to 7) whose labels
    /// leave 12 pixels between neighbours.
    static func horizontal(_ axis: ChartAxis, _ data: ValueRange, length: Double) -> (AxisTicks, [String]) {
        var count = 7
        while true {
            let ticks = axis.ticks(data, maximumCount: count)
            let labels = axis.format.labels(ticks)
            let widest = labels.map { TextMetrics.width($0, size: ChartStyle.labelSize) }.max() ?? 0
            if count <= 2 || length / Double(ticks.values.count - 1) >= widest + 12 { return (ticks, labels) }
            count = ticks.values.count - 1
        }
    }

    /// The width of the widest label.
    static func widest(_ labels: [String], size: Double = ChartStyle.labelSize) -> Double {
        labels.map { TextMetrics.width($0, size: size) }.max() ?? 0
    }
}
