/// SVG 1.1 text being written: the root element with its title, description and white
/// background, then shapes and text in the order they are added.
///
/// Every coordinate goes through ``x(_:)`` or ``y(_:)``: clamped inside the view box and
/// written with at most two decimals, so the text never holds NaN, an infinity or a point
/// outside the picture. A shape given a coordinate that is not finite is left out.
struct SVGDocument {
    let width: Double
    let height: Double
    private var elements: [String] = []

    /// A document of `width × height` pixels (see ``ChartSize``), with a `<title>` and a
    /// `<desc>` for screen readers and a white background.
    init(size: ChartSize, title: String, description: String) {
        width = size.width
        height = size.height
        let w = SVGNumber.text(width), h = SVGNumber.text(height)
        elements.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
                + " font-family=\"sans-serif\" role=\"img\">")
        elements.append("<title>\(XMLText.escaped(title))</title>")
        elements.append("<desc>\(XMLText.escaped(description))</desc>")
        elements.append("<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#FFFFFF\"/>")
    }

    /// The finished SVG text, ending with a newline.
    var text: String { elements.joined(separator: "\n") + "\n</svg>\n" }

    /// A horizontal coordinate clamped to `0…width`.
    func x(_ value: Double) -> Double { min(max(value, 0), width) }
    /// A vertical coordinate clamped to `0…height`.
    func y(_ value: Double) -> Double { min(max(value, 0), height) }

    /// A rectangle, clamped to the view box; left out when empty.
    mutating func rect(_ rect: PixelRect, fill: String, opacity: Double? = nil, stroke: String? = nil) {
        guard rect.isFinite else { return }
        let left = x(rect.left), right = x(rect.right), top = y(rect.top), bottom = y(rect.bottom)
        guard right > left, bottom > top else { return }
        var attributes = [
            ("x", SVGNumber.text(left)), ("y", SVGNumber.text(top)), ("width", SVGNumber.text(right - left)),
            ("height", SVGNumber.text(bottom - top)), ("fill", fill),
        ]
        if let opacity { attributes.append(("fill-opacity", SVGNumber.text(opacity))) }
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1")] }
        element("rect", attributes)
    }

    /// A straight line.
    mutating func line(_ from: PixelPoint, _ to: PixelPoint, stroke: String, width: Double = 1, dashed: Bool = false) {
        guard from.isFinite, to.isFinite else { return }
        var attributes = [
            ("x1", SVGNumber.text(x(from.x))), ("y1", SVGNumber.text(y(from.y))), ("x2", SVGNumber.text(x(to.x))),
            ("y2", SVGNumber.text(y(to.y))), ("stroke", stroke), ("stroke-width", SVGNumber.text(width)),
        ]
        if dashed { attributes.append(("stroke-dasharray", "4 3")) }
        element("line", attributes)
    }

    /// An open line through `points`; left out with fewer than two.
    mutating func polyline(_ points: [PixelPoint], stroke: String, width: Double, dashed: Bool = false) {
        guard points.count >= 2, points.allSatisfy(\.isFinite) else { return }
        var attributes = [
            ("points", pointList(points)), ("fill", "none"), ("stroke", stroke), ("stroke-width", SVGNumber.text(width)),
            ("stroke-linejoin", "round"),
        ]
        if dashed { attributes.append(("stroke-dasharray", "4 3")) }
        element("polyline", attributes)
    }

    /// A filled shape with corners `points`; left out with fewer than three.
    mutating func polygon(_ points: [PixelPoint], fill: String, opacity: Double) {
        guard points.count >= 3, points.allSatisfy(\.isFinite) else { return }
        element("polygon", [("points", pointList(points)), ("fill", fill), ("fill-opacity", SVGNumber.text(opacity))])
    }

    /// A dot with a white rim.
    mutating func circle(_ center: PixelPoint, radius: Double, fill: String) {
        guard center.isFinite else { return }
        element(
            "circle",
            [
                ("cx", SVGNumber.text(x(center.x))), ("cy", SVGNumber.text(y(center.y))), ("r", SVGNumber.text(radius)),
                ("fill", fill), ("stroke", "#FFFFFF"), ("stroke-width", "1.5"),
            ])
    }

    /// One line of text whose baseline starts, centres or ends at `point`.
    mutating func text(
        _ content: String, at point: PixelPoint, size: Double, anchor: TextAnchor = .start, color: String = ChartStyle.text,
        bold: Bool = false
    ) {
        guard point.isFinite, !content.isEmpty else { return }
        var attributes = [("x", SVGNumber.text(x(point.x))), ("y", SVGNumber.text(y(point.y))), ("font-size", SVGNumber.text(size))]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(("font-weight", "bold")) }
        attributes.append(("fill", color))
        element("text", attributes, content: XMLText.escaped(content))
    }

    private func pointList(_ points: [PixelPoint]) -> String {
        points.map { SVGNumber.text(x($0.x)) + "," + SVGNumber.text(y($0.y)) }.joined(separator: " ")
    }

    private mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        let attributeText = attributes.map { " \($0.0)=\"\(XMLText.escaped($0.1))\"" }.joined()
        if let content {
            elements.append("<\(name)\(attributeText)>\(content)</\(name)>")
        } else {
            elements.append("<\(name)\(attributeText)/>")
        }
    }
}

/// Where a text's anchor point is: at its start, middle or end.
enum TextAnchor: String {
    case start, middle, end
}
