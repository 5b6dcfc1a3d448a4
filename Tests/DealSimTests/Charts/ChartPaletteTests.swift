import Testing

@testable import DealSim

extension ChartTests {
    @Suite struct ChartPaletteTests {
        @Test func seriesColoursAreOkabeItoAndCycle() {
            #expect(ChartPalette.series.count == 8)
            #expect(Set(ChartPalette.series).count == 8)
            #expect(ChartPalette.color(0) == "#0072B2" && ChartPalette.color(1) == "#E69F00")
            #expect(ChartPalette.color(8) == ChartPalette.color(0) && ChartPalette.color(-1) == ChartPalette.color(7))
        }

        @Test func rampRunsFromPurpleToYellow() {
            #expect(ChartPalette.rampColor(0) == "#440154")
            #expect(ChartPalette.rampColor(0.5) == "#21908C")
            #expect(ChartPalette.rampColor(1) == "#FDE725")
            #expect(
                ChartPalette.rampColor(-3) == "#440154" && ChartPalette.rampColor(.nan) == "#440154"
                    && ChartPalette.rampColor(9) == "#FDE725")
            // Halfway between the first two stops, (68, 1, 84) and (71, 45, 123), halves rounded up.
            #expect(ChartPalette.rampColor(1.0 / 16) == "#461768")
        }

        @Test func textContrast() {
            #expect(ChartPalette.isDark("#440154") && ChartPalette.isDark("#0072B2") && ChartPalette.isDark("#000000"))
            #expect(!ChartPalette.isDark("#FDE725") && !ChartPalette.isDark("#E69F00") && !ChartPalette.isDark("#FFFFFF"))
        }
    }
}
