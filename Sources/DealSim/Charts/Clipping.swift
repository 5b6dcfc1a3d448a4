/// Cutting lines and shapes to a rectangle, so that nothing is drawn outside a plot.
enum Clipping {
    /// The part of the segment `a`–`b` inside `rect`, or `nil` when none is (Liang & Barsky
    /// 1984, "A new concept and method for line clipping"): with `d = b − a`, the segment
    /// `a + t·d` is inside for `t` in `t₀…t₁`, narrowed by each edge's `p·t ≤ q`.
    static func segment(_ a: PixelPoint, _ b: PixelPoint, in rect: PixelRect) -> (PixelPoint, PixelPoint)? {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, a.x - rect.left), (dx, rect.right - a.x), (-dy, a.y - rect.top), (dy, rect.bottom - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 {
                    if t > t1 { return nil }
                    t0 = max(t0, t)
                } else {
                    if t < t0 { return nil }
                    t1 = min(t1, t)
                }
            }
        }
        let start = t0 == 0 ? a : PixelPoint(x: a.x + t0 * dx, y: a.y + t0 * dy)
        let end = t1 == 1 ? b : PixelPoint(x: a.x + t1 * dx, y: a.y + t1 * dy)
        return (start, end)
    }

    /// The parts of the line through `points` inside `rect`, as separate runs: a line that
    /// leaves the rectangle and comes back is two runs.
    static func polyline(_ points: [PixelPoint], in rect: PixelRect) -> [[PixelPoint]] {
        if points.count == 1 { return rect.contains(points[0]) ? [points] : [] }
        var runs: [[PixelPoint]] = []
        var run: [PixelPoint] = []
        for (a, b) in zip(points, points.dropFirst()) {
            guard let (start, end) = segment(a, b, in: rect) else { continue }
            if let last = run.last, last == start {
                run.append(end)
            } else {
                if !run.isEmpty { runs.append(run) }
                run = [start, end]
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// The polygon `points` cut to `rect` (Sutherland & Hodgman 1974, "Reentrant polygon
    /// clipping"): clipped against each edge's half-plane in turn.
    static func polygon(_ points: [PixelPoint], in rect: PixelRect) -> [PixelPoint] {
        typealias Edge = (inside: (PixelPoint) -> Bool, cross: (PixelPoint, PixelPoint) -> PixelPoint)
        func atX(_ x: Double) -> (PixelPoint, PixelPoint) -> PixelPoint {
            { a, b in PixelPoint(x: x, y: a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)) }
        }
        func atY(_ y: Double) -> (PixelPoint, PixelPoint) -> PixelPoint {
            { a, b in PixelPoint(x: a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y), y: y) }
        }
        let edges: [Edge] = [
            ({ $0.x >= rect.left }, atX(rect.left)), ({ $0.x <= rect.right }, atX(rect.right)),
            ({ $0.y >= rect.top }, atY(rect.top)), ({ $0.y <= rect.bottom }, atY(rect.bottom)),
        ]
        var output = points
        for edge in edges {
            let input = output
            output = []
            guard let last = input.last else { break }
            var previous = last
            for point in input {
                if edge.inside(point) {
                    if !edge.inside(previous) { output.append(edge.cross(previous, point)) }
                    output.append(point)
                } else if edge.inside(previous) {
                    output.append(edge.cross(previous, point))
                }
                previous = point
            }
        }
        return output
    }
}
