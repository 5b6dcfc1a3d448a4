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

        @Test func paragraphsEscapeBlockStarts() {
            let text = MarkdownText.paragraphs("First line\n- not a list\n# not a heading\n\n\n1. not numbered\n> no quote\n\n")
            #expect(text == "First line\n\\- not a list\n\\# not a heading\n\n1\\. not numbered\n\\> no quote")
        }

        @Test func codeSpansHoldBackticks() {
            #expect(MarkdownText.code("dealsim run x.json") == "`dealsim run x.json`")
            #expect(MarkdownText.code("a``b") == "``` a``b ```")
        }

        @Test func tables() {
            #expect(
                MarkdownText.table(["Offer", "Cost"], [["A\\|B", "$1"]])
                    == "| Offer | Cost |\n| --- | ---: |\n| A\\|B | $1 |")
        }
    }
}
