import Foundation

/// Runs the built `dealsim` binary and captures what it prints.
struct DealSimProcess {
    /// The exit status.
    var status: Int32
    /// Everything written to standard output.
    var standardOutput: String
    /// Everything written to standard error.
    var standardError: String

    /// The `dealsim` executable beside the test bundle in the build's products folder.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("dealsim").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("dealsim")
    }()

    /// Runs `dealsim arguments` in `directory` and waits for it. Standard output and error go
    /// to files outside `directory` (so a full pipe can never block the process, and the
    /// folder holds only what `dealsim` writes); standard error is not a terminal.
    static func run(_ arguments: [String], in directory: URL) throws -> DealSimProcess {
        let streams = FileManager.default.temporaryDirectory.appendingPathComponent("dealsim-streams-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: streams) }
        let outURL = streams.appendingPathComponent("stdout"), errURL = streams.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return DealSimProcess(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A `dealsim` process started without waiting for it, to be interrupted.
///
/// Its standard error is a pseudo-terminal, so that it shows its progress there as it would
/// in a terminal: the first progress line shows that the simulation is under way, and the
/// test can wait for it rather than for a guessed length of time.
///
/// It is spawned with every signal's default action restored and none blocked, so that
/// SIGINT stops it as Ctrl-C would even when the test runner itself ignores SIGINT (as a
/// background job of a non-interactive shell does).
final class RunningDealSim {
    let pid: pid_t
    /// The test's side of the pseudo-terminal; `dealsim` holds the other as its standard error.
    private let terminal: Int32
    /// What `dealsim` has written to its standard error so far, as read by ``readStandardError(until:)``.
    private(set) var standardError = ""

    /// How the process ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    /// Starts `dealsim arguments` with standard output written to `output` and standard error
    /// on a new pseudo-terminal. Paths in `arguments` must be absolute: the process runs in
    /// the test's own working directory.
    init(_ arguments: [String], output: URL) throws {
        terminal = PseudoTerminal.open(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard terminal >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var name = [CChar](repeating: 0, count: 128)
        guard PseudoTerminal.grant(terminal) == 0, PseudoTerminal.unlock(terminal) == 0,
            PseudoTerminal.name(terminal, &name, name.count) == 0
        else {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            close(terminal)
            throw error
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, name, O_RDWR | O_NOCTTY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = ([DealSimProcess.executable.path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, DealSimProcess.executable.path, &actions, &attributes, argv, environ)
        guard result == 0 else {
            close(terminal)
            throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL)
        }
        self.pid = pid
    }

    deinit { close(terminal) }

    /// Reads the process's standard error until it contains `text`, or to its end when the
    /// process has closed it (by exiting). No time limit: it returns as soon as either happens.
    /// - Returns: whether `text` was found.
    @discardableResult
    func readStandardError(until text: String? = nil) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var bytes: [UInt8] = Array(standardError.utf8)
        while text.map({ !standardError.contains($0) }) ?? true {
            let count = read(terminal, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            // 0 or EIO: every descriptor of the other side is closed, so the process has ended.
            guard count > 0 else { return false }
            bytes += buffer.prefix(count)
            standardError = String(decoding: bytes, as: UTF8.self)
        }
        return true
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the process to end.
    func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}

/// The C library's pseudo-terminal functions (POSIX, but declared in glibc's headers only
/// for `_XOPEN_SOURCE`, which the Swift importer does not define), found by name.
enum PseudoTerminal {
    private static func function<F>(_ name: String, as type: F.Type) -> F {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { fatalError("no \(name) in the C library") }
        return unsafeBitCast(symbol, to: type)
    }

    /// `posix_openpt(flags)`: opens a new pseudo-terminal's controlling side.
    static let open = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    /// `grantpt(fd)`.
    static let grant = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    /// `unlockpt(fd)`.
    static let unlock = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    /// `ptsname_r(fd, buffer, length)`: the path of the terminal's other side (`ptsname`
    /// without its shared buffer, as tests run in parallel).
    static let name = function("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)
}

/// A fresh temporary folder for one test, removed at the end.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dealsim-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The absolute path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` inside the folder and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Creates the folder `name` (and its parents) inside the folder.
    func makeFolder(_ name: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(name), withIntermediateDirectories: true)
    }

    /// The contents of `name`, or nil if it does not exist.
    func read(_ name: String) -> String? {
        (try? Data(contentsOf: url.appendingPathComponent(name))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names in the folder `name` ("" for the folder itself), hidden ones included, sorted.
    func list(_ name: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(name))) ?? []).sorted()
    }

    /// Every file and folder under `name` ("" for the whole folder) by its path relative to
    /// it: a folder maps to nil, a file to its bytes. Two snapshots are equal when nothing
    /// was created, removed or changed.
    func snapshot(_ name: String = "") -> [String: Data?] {
        let root = url.appendingPathComponent(name)
        var entries: [String: Data?] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return entries }
        while let relative = enumerator.nextObject() as? String {
            let full = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory)
            entries[relative] = isDirectory.boolValue ? .some(nil) : .some(try? Data(contentsOf: full))
        }
        return entries
    }

    /// Runs `dealsim arguments` in this folder.
    func dealsim(_ arguments: String...) throws -> DealSimProcess {
        try DealSimProcess.run(arguments, in: url)
    }
}
