import Foundation
import Testing

@testable import DealSim

extension ChartTests {
    /// Writes an HTML page with one example of each chart kind, then awkward cases, each
    /// shown at 78% on a dark page, when `DEALSIM_CHART_PREVIEW` names a file, to
    /// look at in a browser:
    ///
    /// ```
    /// DEALSIM_CHART_PREVIEW=/tmp/charts.html swift test --filter ChartPreview
    /// chromium --headless --no-sandbox --screenshot=/tmp/charts.png --window-size=1200,2400 file:///tmp/charts.html
    /// ```
    @Suite struct ChartPreview {
        @Test func writesThePreviewPageWhenAsked() throws {
            guard let path = ProcessInfo.processInfo.environment["DEALSIM_CHART_PREVIEW"] else { return }
            var html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Charts</title>"
            html += "<style>body{background:#30343a;margin:6px;font-family:sans-serif;color:#eee}"
            html += "div{display:inline-block;vertical-align:top;margin:3px}p{margin:1px 0;font-size:11px}"
            html += "div{zoom:0.78}</style></head><body>\n"
            for (name, svg) in ChartFixtures.all + ChartFixtures.edgeCases() {
                html += "<div><p>\(name)</p>\n\(svg)</div>\n"
            }
            html += "</body></html>\n"
            try html.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
