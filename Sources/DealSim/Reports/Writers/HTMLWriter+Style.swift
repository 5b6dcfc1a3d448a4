extension HTMLWriter {
    /// The page's style sheet, inline in `<style>`: system fonts, a readable measure, tables
    /// with numbers right-aligned in tabular figures that scroll sideways in their own box on
    /// a narrow screen, charts that shrink to fit, and print rules for A4 and Letter (tables
    /// wrap to the page instead of scrolling, and no row, list item or figure is split
    /// across pages). It holds no `<` or `&`, so the page stays well-formed XML.
    static let styleSheet = """
        :root { color-scheme: light; }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; background: #ffffff; color: #1f2328;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          font-size: 16px; line-height: 1.55;
        }
        main { max-width: 76rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
        h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 1rem; max-width: 52rem; }
        h2 { font-size: 1.3rem; line-height: 1.3; margin: 2.5rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 1px solid #d0d7de; }
        h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.8rem 0 0.6rem; }
        p, ul { max-width: 52rem; margin: 0 0 1rem; }
        ul { padding-left: 1.4rem; }
        li { margin: 0 0 0.5rem; }
        code {
          font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em;
          background: #f0f2f4; border-radius: 4px; padding: 0.1em 0.3em; overflow-wrap: break-word;
        }
        .table {
          overflow-x: auto; margin: 0 0 1rem;
          background:
            linear-gradient(to left, #ffffff 1rem, rgba(255, 255, 255, 0)) right / 2rem 100% no-repeat local,
            radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.18), rgba(0, 0, 0, 0)) right / 0.75rem 100% no-repeat scroll;
        }
        table { border-collapse: separate; border-spacing: 0; font-size: 0.9rem; line-height: 1.4; }
        th, td { padding: 0.45rem 0.75rem; text-align: left; vertical-align: top; border-bottom: 1px solid #d8dee4; }
        thead th { vertical-align: bottom; border-bottom: 2px solid #8c959f; font-weight: 600; }
        tbody th { font-weight: 600; min-width: 9rem; }
        td { min-width: 8rem; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; min-width: 0; }
        thead .num { white-space: normal; }
        .detail { color: #57606a; }
        thead .detail { color: inherit; white-space: nowrap; }
        figure { margin: 1.5rem 0; }
        .chart svg { display: block; max-width: 100%; height: auto; }
        figcaption { margin-top: 0.5rem; font-size: 0.9rem; color: #57606a; max-width: 52rem; }
        @media (max-width: 60rem) {
          tbody th, thead th:first-child { position: sticky; left: 0; z-index: 1; background: #ffffff; box-shadow: inset -1px 0 0 #d8dee4; }
        }
        @media (max-width: 40rem) {
          body { font-size: 15px; }
          main { padding: 1.25rem 0.9rem 2rem; }
          h1 { font-size: 1.3rem; }
          h2 { font-size: 1.15rem; }
          table { font-size: 0.85rem; }
          th, td { padding: 0.4rem 0.55rem; }
          tbody th { min-width: 7rem; max-width: 9rem; }
          td { min-width: 6.5rem; }
          .num { white-space: normal; }
          .num .detail { white-space: nowrap; }
        }
        @media print {
          @page { margin: 14mm 12mm; }
          body { font-size: 10pt; line-height: 1.4; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 15pt; }
          h2 { font-size: 12.5pt; margin-top: 1.4rem; }
          h3 { font-size: 11pt; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          p, ul, h1, figcaption { max-width: none; }
          .table { overflow: visible; background: none; }
          tbody th, thead th:first-child { position: static; box-shadow: none; }
          table { width: 100%; font-size: 8pt; }
          th, td { padding: 0.2rem 0.35rem; min-width: 0; }
          .num { white-space: normal; }
          .num .detail { white-space: nowrap; }
          thead { display: table-header-group; }
          tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
          code { background: none; padding: 0; }
        }
        """

    /// The rules for wide tables (``wideTableColumns``), added to the page's style sheet only
    /// when it has one, so that pages without one keep their bytes: a number's detail (its
    /// P5–P95 range, its month) may go to a line of its own under it, kept whole, as on a
    /// phone, so that the table fits the page's width on a laptop.
    static let wideTableStyleSheet = """
        .wide .num { white-space: normal; }
        .wide .num .detail { white-space: nowrap; }
        """
}
