import Foundation

/// Writes a run's report files into a folder so that nothing is lost: each file is written
/// in full to a temporary file in the same folder, and only when all of them are written are
/// they renamed over the old ones. An error or an interruption before that leaves the
/// previous reports as they were.
enum ReportFiles {
    /// Creates `folder` (and its parents) if needed and checks that files can be made in it.
    /// - Throws: exit 73 when the folder cannot be created or written.
    static func prepare(_ folder: String) throws(CommandError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandError(message: "cannot write reports to '\(folder)': it is a file, not a folder", exitCode: .cannotCreate)
            }
        } else {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CommandError(message: "cannot create the folder '\(folder)': \(reason(error))", exitCode: .cannotCreate)
            }
        }
        guard manager.isWritableFile(atPath: folder) else {
            throw CommandError(message: "cannot write reports to '\(folder)': permission denied", exitCode: .cannotCreate)
        }
    }

    /// Writes `files` (name and contents) into `folder`, all or none.
    /// - Throws: exit 74 when a file cannot be written; the previous files are left intact
    ///   and the temporary files removed.
    static func write(_ files: [(name: String, contents: String)], to folder: String) throws(CommandError) {
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        var written: [(temporary: URL, final: URL)] = []
        do {
            for file in files {
                let temporary = directory.appendingPathComponent(".\(file.name).\(pid).tmp")
                written.append((temporary, directory.appendingPathComponent(file.name)))
                try Data(file.contents.utf8).write(to: temporary)
            }
            for file in written {
                if rename(file.temporary.path, file.final.path) != 0 {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.final.path])
                }
            }
        } catch {
            for file in written { try? FileManager.default.removeItem(at: file.temporary) }
            throw CommandError(message: "cannot write reports to '\(folder)': \(reason(error))", exitCode: .ioError)
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
