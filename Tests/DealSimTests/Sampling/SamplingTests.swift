import Testing

/// The parent suite of the random-number layer's tests, so that `--filter Sampling` selects
/// all of them. Each sampler's suite extends it in its own file.
@Suite struct SamplingTests {}
