import Testing

@testable import DealSim

@Suite struct ScenarioPathTests {
    @Test func readsLikeALookup() {
        let path = ScenarioPath().appending("offers").appending(index: 1).appending("pricing").appending(index: 0)
            .appending("price")
        #expect(path.description == "offers[1].pricing[0].price")
        #expect(
            ScenarioPath().appending("offers").appending(index: 0).appending("monthly cap").description
                == #"offers[0]["monthly cap"]"#)
        #expect(ScenarioPath().appending("1st").description == #"["1st"]"#)
        #expect(ScenarioPath().description == "")
    }
}
