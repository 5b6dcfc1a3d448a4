import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An HTML page read back with Foundation's `XMLParser`, as XML: whether it is well-formed,
/// and its elements in document order with their attributes and text.
struct XHTMLInspection {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The text of the element and of every element inside it.
        var text = ""
    }

    var isWellFormed: Bool
    var error: String?
    var elements: [Element]

    init(_ html: String) {
        let reader = Reader()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = reader
        isWellFormed = parser.parse()
        error = parser.parserError.map { "\($0) at line \(parser.lineNumber), column \(parser.columnNumber)" }
        elements = reader.elements
    }

    /// The texts of every element named `name`, in order.
    func texts(_ name: String) -> [String] { elements.filter { $0.name == name }.map(\.text) }

    /// The names of the elements, each once, sorted.
    var names: [String] { Set(elements.map(\.name)).sorted() }

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
            for index in open { elements[index].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            open.removeLast()
        }
    }
}
