import Testing

/// The tests of the chart library, grouped so that `swift test --filter Chart` runs them all.
@Suite enum ChartTests {}
