import Foundation

/// Writes a run's report files into a folder so that nothing is lost: each file is written
/// in full to a temporary file in the same folder, and only when all of them are written are
/// they renamed over the old ones. An error or an interruption before that leaves the
/// previous reports as they were.
enum ReportFiles {
    /// Checks, before any work is done, that reports can be written to `folder`: it is a
    /// folder, or the nearest part of its path that exists is a folder that can be written.
    /// Creates nothing, so that a run that fails or is interrupted before its reports are
    /// written leaves no trace.
    /// - Throws: exit 73 when the folder or one of its parents is a file, or when the nearest
    ///   existing folder cannot be written.
    static func check(_ folder: String) throws(CommandError) {
        let manager = FileManager.default
        var path = folder
        while true {
            let probe = path.isEmpty ? "." : path
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: probe, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    let reason = probe == folder ? "it is a file, not a folder" : "'\(probe)' is a file, not a folder"
                    throw CommandError(message: "cannot write reports to '\(folder)': \(reason)", exitCode: .cannotCreate)
                }
                guard manager.isWritableFile(atPath: probe) else {
                    let reason = probe == folder ? "permission denied" : "permission denied in '\(probe)'"
                    throw CommandError(message: "cannot write reports to '\(folder)': \(reason)", exitCode: .cannotCreate)
                }
                return
            }
            guard let parent = parent(of: path) else { return }
            path = parent
        }
    }

    /// The path without its last component: `a/b/` → `a`, `a` → `` (the working folder),
    /// `/a` → `/`; nil for `` and `/`, which have none.
    private static func parent(of path: String) -> String? {
        var path = Substring(path)
        while path.count > 1, path.last == "/" { path.removeLast() }
        guard !path.isEmpty, path != "/" else { return nil }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Creates `folder` if needed and writes `files` (name, which may hold a subfolder, and
    /// contents) into it, all or none.
    /// Ctrl-C and termination signals that arrive meanwhile take effect once the files are
    /// in place, so that an interruption never leaves a mix of old and new files.
    /// - Throws: exit 73 when the folder cannot be created; exit 74 when a file cannot be
    ///   written, the previous files left intact and the temporary files removed.
    static func write(_ files: [(name: String, contents: String)], to folder: String) throws(CommandError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandError(message: "cannot create the folder '\(folder)': \(reason(error))", exitCode: .cannotCreate)
        }
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        var written: [(temporary: URL, final: URL)] = []
        let deferral = SignalDeferral()
        defer { deferral.end() }
        do {
            for file in files {
                // A name may hold a subfolder (`charts/cash-curve.svg`): its temporary file goes beside it.
                let final = directory.appendingPathComponent(file.name)
                let parent = final.deletingLastPathComponent()
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
                let temporary = parent.appendingPathComponent(".\(final.lastPathComponent).\(pid).tmp")
                written.append((temporary, final))
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
