/// "Did you mean …?": the allowed word closest to a misspelt one.
public enum Suggestion {
    /// The candidate with the smallest edit distance to `word`, if that distance is at most
    /// a third of the longer of the two words' lengths, and at least 1, at most 3
    /// (`montlyCap` → `monthlyCap`, `triangle` → `triangular`, but `x` is not `id`); ties go
    /// to the candidate listed first. Case differences count as edits.
    /// - Complexity: O(n · m) per candidate, n and m the two lengths.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let limit = min(3, max(1, max(word.count, candidate.count) / 3))
            let distance = editDistance(word, candidate)
            if distance <= limit, distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The Levenshtein distance: the fewest insertions, deletions and substitutions of
    /// characters that turn `a` into `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        var current = previous
        for i in a.indices {
            current[0] = i + 1
            for j in b.indices {
                let substitution = previous[j] + (a[i] == b[j] ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
