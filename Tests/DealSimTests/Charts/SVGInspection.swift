import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG document read back with Foundation's `XMLParser`: whether it is well-formed, and
/// its elements in order with their attributes and text.
struct SVGInspection {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    var isWellFormed: Bool
    var elements: [Element]

    init(_ svg: String) {
        let reader = Reader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        isWellFormed = parser.parse()
        elements = reader.elements
    }

    /// The view box's width and height, from the root element.
    var size: (width: Double, height: Double) {
        let root = elements.first?.attributes ?? [:]
        return (Double(root["width"] ?? "") ?? .nan, Double(root["height"] ?? "") ?? .nan)
    }

    /// Every coordinate written, as (element, attribute, value, limit): x-like values must be
    /// within 0…width and y-like values within 0…height.
    var coordinates: [(element: String, attribute: String, value: Double, limit: Double)] {
        let (width, height) = size
        var result: [(String, String, Double, Double)] = []
        for element in elements.dropFirst() {
            for (name, text) in element.attributes.sorted(by: { $0.key < $1.key }) {
                switch name {
                case "x", "x1", "x2", "cx", "width":
                    result.append((element.name, name, Double(text) ?? .nan, width))
                case "y", "y1", "y2", "cy", "height":
                    result.append((element.name, name, Double(text) ?? .nan, height))
                case "points":
                    for pair in text.split(separator: " ") {
                        let parts = pair.split(separator: ",")
                        result.append((element.name, "points.x", Double(parts.first ?? "") ?? .nan, width))
                        result.append((element.name, "points.y", Double(parts.count > 1 ? parts[1] : "") ?? .nan, height))
                    }
                default: continue
                }
            }
            if element.name == "rect" {
                let x = Double(element.attributes["x"] ?? "0") ?? .nan, w = Double(element.attributes["width"] ?? "0") ?? .nan
                let y = Double(element.attributes["y"] ?? "0") ?? .nan, h = Double(element.attributes["height"] ?? "0") ?? .nan
                result.append(("rect", "x+width", x + w, width))
                result.append(("rect", "y+height", y + h, height))
            }
        }
        return result
    }

    /// The coordinates outside the view box (or not numbers), described for a failure message.
    var strayCoordinates: [String] {
        coordinates.filter { !($0.value >= 0 && $0.value <= $0.limit + 1e-9) }.map { "\($0.element).\($0.attribute)=\($0.value)" }
    }

    /// The text of every `<text>` element, in order.
    var texts: [String] { elements.filter { $0.name == "text" }.map(\.text) }

    private final class Reader: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            open.append(elements.count)
            elements.append(Element(name: elementName, attributes: attributeDict))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            open.removeLast()
        }
    }
}
