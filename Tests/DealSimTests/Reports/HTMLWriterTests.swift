import Foundation
import Testing

@testable import DealSim

extension ReportTests {
    /// `summary.html`: text from the scenario escaped, the page well-formed XML, nothing
    /// fetched or run, and the bundled pages as CI keeps them.
    @Suite struct HTMLWriterTests {
        typealias F = ReportFixtures

        /// The elements a run report may hold: the page's, and its figures' (inline SVG as the
        /// chart library draws it).
        static let allowedElements: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "h3", "p", "br", "ul", "li",
            "strong", "code", "div", "table", "thead", "tbody", "tr", "th", "td", "span", "figure", "figcaption",
            "svg", "desc", "rect", "line", "polyline", "polygon", "circle", "text",
        ]

        /// Checks of any page: well-formed, only the report's own elements, no script, no
        /// link, no address but the XHTML and SVG namespaces.
        static func checkPage(_ html: String, _ name: String = "") {
            let page = XHTMLInspection(html)
            #expect(page.isWellFormed, "\(name): \(page.error ?? "")")
            #expect(page.names.allSatisfy(allowedElements.contains), "\(name): \(page.names)")
            #expect(page.elements.first?.attributes == ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"])
            let attributes = page.elements.dropFirst().flatMap(\.attributes)
            #expect(
                !attributes.contains { $0.value.contains("://") && $0 != ("xmlns", "http://www.w3.org/2000/svg") },
                "\(name): the namespaces are the only addresses")
            #expect(!attributes.contains { ["src", "href"].contains($0.key) || $0.key.hasPrefix("on") }, "\(name)")
            #expect(html.hasSuffix("</html>\n"))
            #expect(!html.contains("ReportText") && !html.contains("ReportInline"), "\(name): text interpolated as a value")
        }

        @Test func hostileNamesShowAsText() throws {
            let names = ["<script>alert(1)</script>", "A & B \"quoted\" 'single'", "**bold** [x](http://x) `code`", "ctrl\u{1}\u{FFFE}end"]
            let vendor = Vendor(id: "v<i>1</i>", attemptSuccessRate: .fixed(0.5))
            let tiers = Tiered(tiers: [.init(name: "<b>Pro</b>", monthlyFee: 10, includedOutcomes: 5)], plan: .tier(0), overagePrice: 1)
            var result = F.result(names.map { F.offer($0, vendor: vendor.id) })
            result.scenario = try F.scenario(
                offers: names.map { Offer(name: $0, vendor: vendor.id, charges: [.tiered(tiers)]) }, vendor: vendor
            ).editing {
                $0.title = "Deal <b>|</b> & \"co\""
                $0.description = "Costs: <i>estimates</i> & more.\n- a line\n\n</p><script>x</script>"
            }
            let html = HTMLWriter.render(RunReport.document(result))
            Self.checkPage(html)
            #expect(!html.contains("<script") && !html.contains("<b>") && !html.contains("<i>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("<title>Deal &lt;b&gt;|&lt;/b&gt; &amp; &quot;co&quot;</title>"))
            let page = XHTMLInspection(html)
            #expect(page.texts("h1") == ["Deal <b>|</b> & \"co\""])
            #expect(page.texts("p").prefix(2) == ["Costs: <i>estimates</i> & more.- a line", "</p><script>x</script>"])
            // Every name, as written (less the characters XML cannot hold), heads its row in both tables and the offers'.
            let rowHeadings = page.elements.filter { $0.name == "th" && $0.attributes["scope"] == "row" }.map(\.text)
            for name in names.map({ $0.replacingOccurrences(of: "\u{1}", with: "").replacingOccurrences(of: "\u{FFFE}", with: "") }) {
                #expect(rowHeadings.count { $0 == name } == 3, "\(name)")
            }
            #expect(page.texts("th").contains("v<i>1</i>"))
            #expect(page.texts("td").contains { $0.hasPrefix("<b>Pro</b> plan: $10 a month including 5 outcomes") })
            // The Markdown of the same document escapes the same names its own way.
            let markdown = MarkdownWriter.render(RunReport.document(result))
            #expect(markdown.contains("| \\<b\\>Pro\\</b\\> plan: $10 a month including 5 outcomes, $1 each beyond |"))
            #expect(markdown.contains("| v\\<i\\>1\\</i\\> |"))
            #expect(!markdown.contains("ReportText") && MarkdownReportTests.everyAngleBracketIsEscaped(markdown))
        }

        /// A run through ``Simulation``, every section present: well-formed, and the same bytes
        /// from the same result.
        @Test func representativeRun() {
            let result = ReportEndToEndTests.result
            let html = HTMLWriter.render(RunReport.document(result))
            Self.checkPage(html)
            let page = XHTMLInspection(html)
            #expect(page.texts("h2") == ["Which offer", "Findings", "For the vendor", "For the buyer", "Assumptions"])
            #expect(page.texts("h3") == ["Workload", "Vendor", "Offers"])
            #expect(page.texts("code") == ["dealsim run scenarios/support-agent.json --seed 2026 --trials 200"])
            // Numbers are right-aligned: every cell of the comparison tables but the first.
            let cells = page.elements.filter { $0.name == "td" }
            #expect(cells.filter { $0.attributes["class"] == "num" }.count == 4 * (6 + 5) + 5)
            let again = Simulation(scenario: ReportEndToEndTests.scenario, seed: 2026, trials: 200).run(threads: 1)
            #expect(HTMLWriter.render(RunReport.document(again)) == html)
        }

        /// The style sheet keeps numbers in tabular figures, wide tables in a box that
        /// scrolls, and print from clipping or splitting rows and figures.
        @Test func styleSheet() {
            let css = HTMLWriter.styleSheet
            #expect(!css.contains("<") && !css.contains("&"))
            for rule in [
                "font-variant-numeric: tabular-nums", "text-align: right", "overflow-x: auto", "@media print",
                "break-inside: avoid", ".table { overflow: visible;", "max-width: 100%", "@media (max-width: 40rem)",
            ] {
                #expect(css.contains(rule), "\(rule)")
            }
        }

        /// A table of more than ``HTMLWriter/wideTableColumns`` columns (a budget's or payment
        /// terms' columns added) is wide: its box has the class `wide`, and the page's style
        /// sheet gains the rules that let a number's detail go under it. A page without one
        /// keeps the style sheet as it was, byte for byte.
        @Test func wideTablesLetDetailsWrap() {
            let plain = HTMLWriter.render(RunReport.document(F.twoOffers))
            #expect(plain.contains("<style>\n\(HTMLWriter.styleSheet)\n</style>"))
            #expect(!plain.contains("wide"))
            var result = F.twoOffers(terms: DealTerms(paymentTermsDays: 30), monthlyBudget: 1_000)
            F.set(.maxCashDeficit, F.stats(1_000, p95: 1_500), of: &result.offers[0])
            let html = HTMLWriter.render(RunReport.document(result))
            Self.checkPage(html)
            #expect(html.contains("<style>\n\(HTMLWriter.styleSheet)\n\(HTMLWriter.wideTableStyleSheet)\n</style>"))
            #expect(HTMLWriter.wideTableStyleSheet.contains(".wide .num { white-space: normal; }"))
            let boxes = XHTMLInspection(html).elements.filter { $0.name == "div" }.compactMap { $0.attributes["class"] }
            // The vendor's and the buyer's tables (8 columns each) are wide; the assumptions' are not.
            #expect(boxes.filter { $0 == "table wide" }.count == 2)
            #expect(boxes.filter { $0 == "table" }.count == 3)
        }

        /// The bundled reports: every `reports/*/summary.html` is well-formed and says what
        /// its `summary.md` says, section by section.
        @Test func bundledReports() throws {
            let reports = URL(fileURLWithPath: #filePath)  // Tests/DealSimTests/Reports/HTMLWriterTests.swift
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("reports")
            let folders = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
            #expect(folders.count >= 5)
            for folder in folders {
                let html = try String(contentsOf: reports.appendingPathComponent("\(folder)/summary.html"), encoding: .utf8)
                let markdown = try String(contentsOf: reports.appendingPathComponent("\(folder)/summary.md"), encoding: .utf8)
                Self.checkPage(html, folder)
                let page = XHTMLInspection(html)
                let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
                #expect(page.texts("h2") == headings, "\(folder)")
                let bullets = markdown.split(separator: "\n").filter { $0.hasPrefix("- ") }
                #expect(page.texts("li").count == bullets.count, "\(folder)")
                let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| ---") }
                #expect(page.texts("tr").count == rows.count, "\(folder)")
            }
        }
    }
}
