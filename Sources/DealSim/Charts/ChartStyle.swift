/// The colours and sizes shared by every chart.
enum ChartStyle {
    static let text = "#222222"
    static let mutedText = "#555555"
    static let grid = "#E3E3E3"
    static let axis = "#888888"
    static let zero = "#666666"
    static let titleSize = 15.0
    static let labelSize = 11.0
    static let legendSize = 12.0
    static let padding = 12.0
    static let bandOpacity = 0.22
    static let noData = "No data"
}
