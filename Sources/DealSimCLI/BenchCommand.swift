import DealSim
import Foundation

/// `dealsim bench`: times the engine on a built-in benchmark scenario, with `--sweep` two
/// sweeps of it against one run, or with `--samplers` the binomial and Poisson samplers
/// (``SamplerBenchmark``).
enum BenchCommand: Command {
    static let name = "bench"
    static let abstract = "Time the engine on the built-in benchmark scenario."
    static let synopsis = "[--trials <N>] [--threads <N>] [--seed <S>] [--samplers | --sweep]"
    static let arguments: [(String, String)] = []
    static let options = [
        Arguments.Option(name: "trials", value: "N", help: "Trials to run (default: 100,000)."),
        Arguments.Option(name: "threads", value: "N", help: "Worker threads (default: one per core)."),
        Arguments.Option(name: "seed", value: "S", help: "Seed (default: 1)."),
        Arguments.Option(name: "samplers", value: nil, help: "Time the binomial and Poisson samplers instead."),
        Arguments.Option(name: "sweep", value: nil, help: "Time sweeps against one run (default trials: 20,000)."),
    ]
    static let discussion = """
        The scenario: 36 months, 20,000 tasks a month with volumeVolatility 0.2, one vendor with
        2 attempts per task and a 3-month training lag, and 8 offers that together use every
        pricing model. Prints trials, wall seconds, trial-months per second and the peak
        resident memory of the process. Build in release mode for meaningful figures:
        swift run -c release dealsim bench

        With --sweep: times one run, a 20-point sweep of the first offer's price (priced on
        worlds drawn once) and a 5-point sweep of the attempt success rate (one run a point),
        and prints each one's wall seconds and its ratio to the run.

        With --samplers: times binomial draws with n = 10^12 (p = 0.5 by BTRS, p = 10^-12 by
        inversion) and Poisson draws with mean 10^12 (PTRS), 1,000,000 draws each, and prints
        the nanoseconds per draw (median of 5 repetitions) and the mean of the draws.
        """

    /// Draws per sampler and repetition for `--samplers`.
    static let samplerDraws = 1_000_000
    /// Repetitions for `--samplers`, whose median is printed.
    static let samplerRepetitions = 5

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        guard arguments.positionals.isEmpty else {
            throw .usage("unexpected argument '\(arguments.positionals[0])'", command: name)
        }
        if arguments.has("samplers"), arguments.has("sweep") {
            throw .usage("--samplers and --sweep time different things; give one", command: name)
        }
        if arguments.has("samplers") {
            for option in ["trials", "threads"] where arguments.string(option) != nil {
                throw .usage("--\(option) does not apply to --samplers", command: name)
            }
            let seed = try arguments.seed("seed") ?? 1
            output.standardOutput(SamplerBenchmark.report(draws: samplerDraws, repetitions: samplerRepetitions, seed: seed))
            return
        }
        if arguments.has("sweep") {
            let trials = try arguments.integer("trials", in: 1...10_000_000) ?? 20_000
            let threads = try arguments.integer("threads", in: 1...1_024)
            output.standardOutput(try sweepReport(trials: trials, threads: threads, seed: try arguments.seed("seed") ?? 1))
            return
        }
        let trials = try arguments.integer("trials", in: 1...10_000_000) ?? 100_000
        let threads = try arguments.integer("threads", in: 1...1_024)
        let seed = try arguments.seed("seed") ?? 1
        let scenario = BenchmarkScenario.scenario
        let start = DispatchTime.now()
        let result = Simulation(scenario: scenario, seed: seed, trials: trials).run(threads: threads)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let trialMonths = Double(trials * scenario.horizonMonths)
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let peakMegabytes = Double(usage.ru_maxrss) / 1024  // ru_maxrss is in kilobytes on Linux
        output.standardOutput(
            """
            scenario:           \(scenario.horizonMonths) months, \(scenario.offers.count) offers, \(Format.count(20_000)) tasks a month
            threads:            \(threads.map(String.init) ?? "all cores (\(ProcessInfo.processInfo.activeProcessorCount))")
            trials:             \(trials)
            wall seconds:       \(String(format: "%.3f", seconds))
            trial-months/s:     \(Format.count((trialMonths / seconds).rounded()))
            peak memory (MB):   \(String(format: "%.1f", peakMegabytes))
            check:              mean profit of '\(result.offers[0].name)' \(Format.money(result.offers[0][.vendorProfit].mean ?? 0, currency: "USD"))

            """)
    }

    /// Seconds taken by `body`.
    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now()
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// `--sweep`: one run of the benchmark scenario, a 20-point price sweep and a 5-point
    /// success-rate sweep, each timed.
    static func sweepReport(trials: Int, threads: Int?, seed: UInt64) throws(CommandError) -> String {
        let scenario = BenchmarkScenario.scenario
        let price = SweepAxis(parameter: try parameter("offers[0].pricing.price"), from: 0.5, to: 1.5, count: 20)
        let rate = SweepAxis(parameter: try parameter("vendors[0].attemptSuccessRate"), from: 0.6, to: 0.9, count: 5)
        let run = seconds { _ = Simulation(scenario: scenario, seed: seed, trials: trials).run(threads: threads) }
        var lines = [
            "scenario:           \(Format.count(scenario.horizonMonths, "month")), \(Format.count(scenario.offers.count, "offer")), "
                + Format.count(trials, "trial"),
            "one run:            \(String(format: "%.3f", run)) s",
        ]
        for (label, axis) in [("price, 20 points:   ", price), ("success rate, 5:    ", rate)] {
            let sweep: Sweep
            do {
                sweep = try Sweep(scenario: scenario, axes: [axis])
            } catch {
                throw CommandError(message: error.description, exitCode: .dataError)
            }
            let time = seconds { _ = sweep.run(seed: seed, trials: trials, threads: threads) }
            lines.append("\(label)\(String(format: "%.3f", time)) s, \(String(format: "%.2f", time / run))× the run")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func parameter(_ path: String) throws(CommandError) -> ScenarioParameter {
        do {
            return try ScenarioParameter(parsing: path)
        } catch {
            throw CommandError(message: error.description, exitCode: .dataError)
        }
    }
}
