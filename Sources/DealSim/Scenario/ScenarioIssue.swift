/// One problem in a scenario file, as data: where it is, what was found there, and which
/// rule it breaks. `ScenarioIssue+Text.swift` turns it into the one-line message users read:
///
/// ```
/// support.json: offers[2].pricing.monthlyCap: found -5; must be a number > 0
/// ```
public struct ScenarioIssue: Sendable, Equatable {
    /// Where the value is in the scenario; empty for the top-level object and for invalid JSON.
    public var path: ScenarioPath
    /// The value found, as compact JSON text (`-5`, `"abc"`, `{"normal": [0.8, 0.1]}`);
    /// `nil` when the problem is about something absent or about a key.
    public var found: String?
    /// The rule broken.
    public var problem: Problem
    /// The line of the value, key or enclosing object, from 1.
    public var line: Int
    /// The column on that line, from 1, counting Unicode scalars.
    public var column: Int

    /// Creates an issue.
    /// - Parameters:
    ///   - path: where the value is.
    ///   - found: the value found, as JSON text.
    ///   - problem: the rule broken.
    ///   - line: the line in the file, from 1.
    ///   - column: the column in the line, from 1.
    public init(path: ScenarioPath, found: String? = nil, problem: Problem, line: Int, column: Int) {
        self.path = path
        self.found = found
        self.problem = problem
        self.line = line
        self.column = column
    }
}

extension ScenarioIssue {
    /// The rules of the scenario format (<doc:ScenarioFormat>) a file can break.
    public enum Problem: Sendable, Equatable {
        /// The file is not JSON; the text says why (`expected ',' or '}' after an object member`).
        case invalidJSON(String)
        /// A required key is absent.
        case missing
        /// `trainingLag.initialAttemptSuccessRate` is absent while `months` > 0.
        case missingInitialRate
        /// An offer has no `vendor` while the scenario has more than one; the ids listed.
        case missingVendor(ids: [String])
        /// A key the object does not have; the closest allowed key, if one is close, else
        /// all of them.
        case unknownKey(suggestion: String?, allowed: [String])
        /// A value of the wrong JSON type.
        case wrongType(ValueType)
        /// A distribution (an object) where the contract needs a plain number, whole or not.
        /// `contract`: of the contract, where the message says that the contract is not
        /// uncertain; otherwise a plain number of the workload (a budget, a seasonality).
        case notPlainNumber(whole: Bool, contract: Bool = true)
        /// A number too large for a `Double` (above about 1.8e308).
        case notFinite
        /// A plain number outside its bound.
        case number(Bound)
        /// Not a whole number, or one outside `min…max` (`max` nil: no stated upper limit).
        case wholeNumber(min: UInt64, max: UInt64?)
        /// A distribution some of whose draws fall outside the bound.
        case draws(Bound)
        /// A rate given as a normal or ci90 distribution, whose draws can leave 0…1; what to
        /// give instead.
        case rateNeverNormalOrCI90(RateAlternative)
        /// A normal distribution with sd > 0 where draws must stay within the bound.
        case normalNeedsZeroSD(Bound)
        /// A distribution object without exactly one key.
        case distributionKeyCount
        /// A distribution's parameters that are not an array of the right number of numbers.
        case distributionParameters(Distribution.Form)
        /// A distribution's parameters that break its constraint (`a ≤ b`, `sd ≥ 0`, …).
        case distributionConstraint(Distribution.Form)
        /// A word that is not one of the allowed ones; the closest, if one is close.
        case oneOf([String], suggestion: String?)
        /// An offer's vendor that is no vendor's id; the ids listed.
        case unknownVendor(ids: [String])
        /// A tiered plan that is neither a tier's name nor `cheapest`; the names listed.
        case unknownPlan(tiers: [String], suggestion: String?)
        /// A tier named `cheapest`, which a plan could not name.
        case reservedTierName
        /// A name or id used twice; the path of its first use.
        case duplicate(first: ScenarioPath)
        /// An empty array where at least one element is needed; the element's noun.
        case atLeastOne(String)
        /// A scenario name with characters other than letters, digits, `-` and `_`, or empty.
        case invalidName
        /// A currency that is not 3 uppercase letters.
        case invalidCurrency
        /// A minimum above the cap of the same object (`monthlyCap`), whose value is given.
        case aboveCap(capKey: String, cap: Double)
        /// A bracket's `upTo` not above the one of the bracket before, whose value is given.
        case upToNotIncreasing(previous: Int)
        /// The last bracket has a limit.
        case lastBracketBounded
        /// A bracket other than the last has no limit.
        case onlyLastBracketUnbounded
        /// The expected volume exceeds ``ScenarioIssue/maximumExpectedTasksPerMonth`` in `month`.
        case volumeTooLarge(month: Int, tasks: Double, seasonal: Bool)
        /// A parameter path (``ScenarioParameter``) that names no number of the scenario.
        case parameter(ParameterProblem)
        /// A rule of `correlations` (<doc:ScenarioFormat>, "Correlations").
        case correlation(CorrelationProblem)
        /// A key absent that is required when `key` is `value` (`isDefault`: by default), as
        /// a wallet's `overagePrice` when `whenExhausted` is `overage`.
        case requiredWith(key: String, value: String, isDefault: Bool)
        /// A key given that applies only when `key` is `value`, as `topUpPrice` with a wallet
        /// that does not top up.
        case onlyWith(key: String, value: String)
        /// A wallet whose work consumes no credits: every credits per outcome, task and
        /// attempt is 0.
        case consumesNoCredits
        /// A `rollover` that is neither `"none"`, `"all"` nor a number ≥ 0; the closest word,
        /// if one is close.
        case rollover(suggestion: String?)
        /// A `seasonality` that is not an array of exactly 12 numbers.
        case seasonality
    }

    /// The JSON types (and unions of them) a value is expected to have.
    public enum ValueType: Sendable, Equatable {
        /// A number.
        case number
        /// A string.
        case string
        /// A string with at least one character.
        case nonEmptyString
        /// An object.
        case object
        /// An array.
        case array
        /// A number or a distribution object.
        case distribution
        /// An object or a non-empty array of objects: an offer's `pricing`.
        case pricing
    }

    /// A bound on a number.
    public enum Bound: Sendable, Equatable {
        /// `≥ value`
        case atLeast(Double)
        /// `> value`
        case greaterThan(Double)
        /// `in low…high`, both included.
        case within(Double, Double)

        /// Whether `value` satisfies the bound.
        public func contains(_ value: Double) -> Bool {
            switch self {
            case .atLeast(let low): return value >= low
            case .greaterThan(let low): return value > low
            case .within(let low, let high): return low <= value && value <= high
            }
        }
    }

    /// The largest expected number of tasks in any month, so that the engine's counts stay
    /// exact: tasksPerMonth · (1 + monthlyGrowth)^(t − 1) with the means of both, 1e12.
    public static let maximumExpectedTasksPerMonth = 1e12
}
