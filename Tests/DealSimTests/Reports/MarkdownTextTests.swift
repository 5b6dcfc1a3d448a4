import Testing

@testable import DealSim

extension ReportTests {
    @Suite struct MarkdownTextTests {
        @Test func inlineEscapesMarkdownAndHTML() {
            #expect(MarkdownText.inline("A|B") == "A\\|B")
            #expect(MarkdownText.inline("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
            #expect(MarkdownText.inline("`code` *em* _em_ [link](x) ~~s~~") == "\\`code\\` \\*em\\* \\_em\\_ \\[link\\](x) \\~\\~s\\~\\~")
            #expect(MarkdownText.inline("a\\b &amp; #1 !x $5") == "a\\\\b \\&amp; \\#1 \\!x \\$5")
            #expect(MarkdownText.inline("two\nlines\r\tend") == "two lines  end")
            #expect(MarkdownText.inline("=HYPERLINK(\"http://x\")") == "=HYPERLINK(\"http://x\")")
            #expect(MarkdownText.inline("Per résolution, 2026") == "Per résolution, 2026")
        }

        /// A description's lines: the start of each escaped when it could open a block, blank
        /// lines kept as one paragraph break.
        @Test func paragraphsEscapeBlockStarts() {
            let blocks = RunReport.Page.paragraphs("First line\n- not a list\n# not a heading\n\n\n1. not numbered\n> no quote\n\n")
            let text = MarkdownWriter.render(ReportDocument(title: "T", introduction: blocks))
            #expect(text == "# T\n\nFirst line\n\\- not a list\n\\# not a heading\n\n1\\. not numbered\n\\> no quote\n")
            #expect(MarkdownText.lineStart("+1") == "\\+1")
            #expect(MarkdownText.lineStart("12) x") == "12\\) x")
            #expect(MarkdownText.lineStart("12 x") == "12 x")
        }

        @Test func codeSpansHoldBackticks() {
            #expect(MarkdownText.code("dealsim run x.json") == "`dealsim run x.json`")
            #expect(MarkdownText.code("a``b") == "``` a``b ```")
        }

        @Test func tables() {
            let table = ReportTable(
                columns: [ReportTable.Column("Offer"), ReportTable.Column("Cost", alignment: .trailing)],
                rows: [[ReportTable.Cell(.literal("A|B")), ReportTable.Cell("$1", kind: .money, value: 1)]])
            #expect(
                MarkdownWriter.render(ReportDocument(title: "T", introduction: [.table(table)]))
                    == "# T\n\n| Offer | Cost |\n| --- | ---: |\n| A\\|B | $1 |\n")
        }
    }
}
