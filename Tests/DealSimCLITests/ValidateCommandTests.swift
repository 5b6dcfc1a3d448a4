import Foundation
import Testing

/// `dealsim validate`: "ok" for each valid file on standard output, every error of the
/// others on standard error, then a summary line; the exit status of the worst file.
@Suite struct ValidateCommandTests {
    static func makeFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        try folder.write("caps.json", Scenarios.caps)
        try folder.write("bad.json", Scenarios.manyErrors)
        return folder
    }

    @Test func oneValidOneInvalid() throws {
        let folder = try Self.makeFolder()
        let before = folder.snapshot()
        let result = try folder.dealsim("validate", "s.json", "bad.json")
        #expect(result.status == 65)
        #expect(result.standardOutput == "ok: s.json (2 offers, 24 months)\n")
        #expect(result.standardError == Scenarios.manyErrorsMessages("bad.json") + "dealsim: 1 of 2 files is not valid\n")
        #expect(folder.snapshot() == before)
    }

    @Test func allValid() throws {
        let folder = try Self.makeFolder()
        let result = try folder.dealsim("validate", "s.json", "caps.json")
        #expect(result.status == 0)
        #expect(result.standardOutput == "ok: s.json (2 offers, 24 months)\nok: caps.json (3 offers, 12 months)\n")
        #expect(result.standardError == "")
    }

    /// One offer and one month are counted in the singular.
    @Test func singular() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.json", Scenarios.oneOfEach)
        let result = try folder.dealsim("validate", "one.json")
        #expect(result.status == 0)
        #expect(result.standardOutput == "ok: one.json (1 offer, 1 month)\n")
        #expect(result.standardError == "")
    }

    /// A file that cannot be read makes the status 66, whatever comes after it.
    @Test func missingFile() throws {
        let folder = try Self.makeFolder()
        let result = try folder.dealsim("validate", "s.json", "missing.json", "bad.json")
        #expect(result.status == 66)
        #expect(result.standardOutput == "ok: s.json (2 offers, 24 months)\n")
        #expect(
            result.standardError
                == "missing.json: cannot read the file: no such file\n" + Scenarios.manyErrorsMessages("bad.json")
                + "dealsim: 2 of 3 files are not valid\n")
    }

    @Test func oneInvalidFile() throws {
        let folder = try Self.makeFolder()
        try folder.write("empty.json", "")
        let result = try folder.dealsim("validate", "empty.json")
        #expect(result.status == 65)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "empty.json:1:1: invalid JSON: the file is empty\ndealsim: 1 of 1 file is not valid\n")
    }
}
