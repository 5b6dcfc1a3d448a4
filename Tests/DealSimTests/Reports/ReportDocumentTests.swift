import Foundation
import Testing

@testable import DealSim

extension ReportTests {
    /// The document model, and one small document written by both writers, byte for byte.
    @Suite struct ReportDocumentTests {
        /// A document with a run of every kind, a table with a detail, a subsection and a figure.
        static let small: ReportDocument = {
            let name = ReportText.strong(.literal("Flat|1"))
            let table = ReportTable(
                columns: [ReportTable.Column("Offer"), ReportTable.Column("Expected profit", detail: "(P5–P95)", alignment: .trailing)],
                rows: [[ReportTable.Cell(.literal("Flat|1")), ReportTable.Cell("$300", detail: "($200–$400)", kind: .money, value: 300)]])
            let figure = ReportFigure(
                svg:
                    "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>t</title></svg>\n",
                alternative: "A line [up] & \"on\"", caption: "Profit by month, \(name).", path: "charts/profit.svg")
            return ReportDocument(
                title: .literal("Deal <A&B>"),
                introduction: [
                    .paragraph(ReportText([.literal("- first"), .lineBreak, .literal("1. second")])),
                    .paragraph("100 trials over 3 months. Reproduce with \(ReportText.code("dealsim run a.json"))."),
                ],
                sections: [
                    ReportSection("Findings", blocks: [.bulletList(["\(name) never loses money.", "Second."])]),
                    ReportSection("Tables", subsections: [ReportSection("Money", blocks: [.table(table)])]),
                    ReportSection("Charts", blocks: [.figure(figure)]),
                ])
        }()

        @Test func textMergesTheReportsWords() {
            let text: ReportText = "a" + "b" + "\("c")\(3)"
            #expect(text.runs == [.text("abc3")])
            #expect(text == "abc3")
            let name = ReportText.literal("<x>")
            let sentence: ReportText = "\(ReportText.strong(name)) is \("cheap")."
            #expect(sentence.runs == [.strong(ReportText([.literal("<x>")])), .text(" is cheap.")])
            #expect(sentence.plainText == "<x> is cheap.")
            #expect(ReportText([.text(""), .literal("a"), .text("")]).runs == [.literal("a")])
            #expect(ReportText.joined(["a", name, "b"], separator: ", ").runs == [.text("a, "), .literal("<x>"), .text(", b")])
            #expect(ReportWords.list(["a", name, "b"]).plainText == "a, <x> and b")
            #expect(ReportText([.literal("a"), .lineBreak, .code("b")]).plainText == "a b")
        }

        @Test func markdown() {
            #expect(
                MarkdownWriter.render(Self.small) == """
                    # Deal \\<A\\&B\\>

                    \\- first
                    1\\. second

                    100 trials over 3 months. Reproduce with `dealsim run a.json`.

                    ## Findings

                    - **Flat\\|1** never loses money.
                    - Second.

                    ## Tables

                    ### Money

                    | Offer | Expected profit (P5–P95) |
                    | --- | ---: |
                    | Flat\\|1 | $300 ($200–$400) |

                    ## Charts

                    ![A line \\[up\\] \\& "on"](charts/profit.svg)

                    Profit by month, **Flat\\|1**.

                    """)
        }

        @Test func html() throws {
            let html = HTMLWriter.render(Self.small)
            #expect(
                html.hasPrefix(
                    """
                    <!DOCTYPE html>
                    <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
                    <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
                    <title>Deal &lt;A&amp;B&gt;</title>
                    <style>

                    """))
            let body = try #require(html.components(separatedBy: "</style>\n").last)
            #expect(
                body == """
                    </head>
                    <body>
                    <main>
                    <h1>Deal &lt;A&amp;B&gt;</h1>
                    <p>- first<br />1. second</p>
                    <p>100 trials over 3 months. Reproduce with <code>dealsim run a.json</code>.</p>
                    <section>
                    <h2>Findings</h2>
                    <ul>
                    <li><strong>Flat|1</strong> never loses money.</li>
                    <li>Second.</li>
                    </ul>
                    </section>
                    <section>
                    <h2>Tables</h2>
                    <section>
                    <h3>Money</h3>
                    <div class="table">
                    <table>
                    <thead>
                    <tr><th scope="col">Offer</th><th scope="col" class="num">Expected profit <span class="detail">(P5–P95)</span></th></tr>
                    </thead>
                    <tbody>
                    <tr><th scope="row">Flat|1</th><td class="num">$300 <span class="detail">($200–$400)</span></td></tr>
                    </tbody>
                    </table>
                    </div>
                    </section>
                    </section>
                    <section>
                    <h2>Charts</h2>
                    <figure>
                    <div class="chart" role="img" aria-label="A line [up] &amp; &quot;on&quot;">
                    <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>t</title></svg>
                    </div>
                    <figcaption>Profit by month, <strong>Flat|1</strong>.</figcaption>
                    </figure>
                    </section>
                    </main>
                    </body>
                    </html>

                    """)
            let page = XHTMLInspection(html)
            #expect(page.isWellFormed, "\(page.error ?? "")")
            #expect(page.texts("h1") == ["Deal <A&B>"])
        }

        @Test func figuresInReadingOrder() {
            #expect(Self.small.figures.map(\.path) == ["charts/profit.svg"])
            var document = Self.small
            let second = ReportFigure(svg: "<svg/>", alternative: "b", caption: "b", path: "charts/b.svg")
            document.introduction.append(.figure(second))
            document.sections[1].subsections[0].blocks.append(.figure(second))
            #expect(document.figures.map(\.path) == ["charts/b.svg", "charts/b.svg", "charts/profit.svg"])
        }

        /// A line break inside a heading or a cell cannot break the Markdown: it is a space there.
        @Test func lineBreaksOutsideParagraphs() {
            let text = ReportText([.literal("a"), .lineBreak, .literal("- b")])
            let table = ReportTable(columns: [ReportTable.Column(text)], rows: [[ReportTable.Cell(text)]])
            let markdown = MarkdownWriter.render(ReportDocument(title: text, sections: [ReportSection(text, blocks: [.table(table)])]))
            #expect(markdown == "# a - b\n\n## a - b\n\n| a - b |\n| --- |\n| a - b |\n")
        }

        /// Both writers say what the document says: the run report's sentences appear in both,
        /// and the HTML's list items are the document's bullets, word for word.
        @Test func writersSayTheSame() throws {
            let document = RunReport.document(ReportFixtures.twoOffers)
            let bullets = document.sections.flatMap(\.blocks).flatMap { block -> [ReportText] in
                if case .bulletList(let items) = block { return items }
                return []
            }
            #expect(bullets.count > 4)
            let page = XHTMLInspection(HTMLWriter.render(document))
            #expect(page.isWellFormed)
            #expect(page.texts("li") == bullets.map(\.plainText))
            #expect(page.texts("h2") == document.sections.map(\.heading.plainText))
            let markdown = MarkdownWriter.render(document)
            #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("- ") }.count == bullets.count)
            #expect(markdown == MarkdownReport.render(ReportFixtures.twoOffers))
        }
    }
}
