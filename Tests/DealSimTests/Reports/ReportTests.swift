import Testing

/// The tests of the report layer, grouped so that `swift test --filter Report` runs them all.
@Suite enum ReportTests {}
