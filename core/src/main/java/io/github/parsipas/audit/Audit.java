package io.github.parsipas.audit;

import io.github.parsipas.Evaluator;
import io.github.parsipas.methodology.Pack;
import io.github.parsipas.methodology.RuleInfo;
import io.github.parsipas.text.Text;
import io.github.parsipas.report.AreaScore;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.IndexScore;
import io.github.parsipas.report.ParForecast;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Trace;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Runs audit fixtures against an evaluator and measures which rules they exercise. */
public final class Audit {

    private static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.005");

    private final Evaluator evaluator;
    private final @Nullable String method;

    public Audit(Evaluator evaluator) {
        this(evaluator, null);
    }

    /** Fixtures that name no method are evaluated under {@code method} (e.g. {@code 876/QĐ-BNV}); {@code null}: the one of their year. */
    public Audit(Evaluator evaluator, @Nullable String method) {
        this.evaluator = evaluator;
        this.method = method;
        if (method != null && !methods().contains(method)) {
            throw new InvalidInputException("method version", List.of(io.github.parsipas.snapshot.InputProblem.of("--method", "\"" + method + "\"",
                    "input.expected.oneOf", java.util.Map.of("values", io.github.parsipas.text.Template.Arg.verbatim(String.join(", ", methods()))))));
        }
    }

    /** The method versions of the loaded packs. */
    private List<String> methods() {
        return evaluator.methodology().packs().stream().flatMap(p -> p.versions().stream()).map(io.github.parsipas.methodology.MethodVersion::code).toList();
    }

    /** Every {@code .yaml}/{@code .yml} fixture below {@code folder}, in path order. */
    public static List<Path> fixtureFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fixtures in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Runs every fixture below {@code folder}; a fixture that cannot be read fails with the reason. */
    public AuditRun run(Path folder) {
        List<FixtureResult> results = new ArrayList<>();
        for (Path file : fixtureFiles(folder)) {
            Fixture fixture;
            try {
                fixture = FixtureReader.read(file);
            } catch (InvalidInputException e) {
                Fixture unreadable = new Fixture(file, file.getFileName().toString(), null, null, null, null, null, null, null, null);
                results.add(FixtureResult.failed(unreadable, List.of(e.getMessage())));
                continue;
            }
            results.add(run(fixture));
        }
        return new AuditRun(results, coverage(results));
    }

    /** Runs one fixture; never throws for a failed expectation, only records it. */
    public FixtureResult run(Fixture fixture) {
        List<String> failures = new ArrayList<>(methodologyMismatches(fixture));
        String applied = fixture.method() != null ? fixture.method() : method;
        if (applied != null && !methods().contains(applied)) {
            failures.add("the fixture asks for method " + applied + ", which no loaded pack has; known: " + String.join(", ", methods()));
            return FixtureResult.failed(fixture, failures);
        }
        Report report;
        Set<String> judged;
        try {
            Evaluator chosen = fixture.parameters() == null ? evaluator
                    : Evaluator.create(evaluator.methodology().withOverrides(FixtureReader.parameters(fixture)));
            Snapshot snapshot = FixtureReader.snapshot(fixture, chosen.reader());
            report = chosen.evaluate(snapshot, applied);
            judged = chosen.judgedItems(snapshot, applied);
        } catch (InvalidInputException e) {
            failures.add("the fixture's input was rejected: " + e.getMessage());
            return FixtureResult.failed(fixture, failures);
        }
        Fixture.Expect expect = fixture.expect();
        // A misspelt code would make an 'absent' expectation pass whatever the rules say.
        java.util.stream.Stream.concat(expect.present().stream(), expect.absent().stream()).map(Fixture.FindingExpectation::code)
                .filter(code -> !known(code)).distinct()
                .forEach(code -> failures.add("the fixture names " + code + ", which no item or index group of the rule set has"));
        expect.scores().forEach(s -> checkScore(report, s).ifPresent(failures::add));
        for (Fixture.FindingExpectation pattern : expect.present()) {
            if (report.findings().stream().noneMatch(matches(pattern))) {
                failures.add("expected " + pattern.describe() + ", but it was not found; findings with code " + pattern.code()
                        + ": " + describe(report.findings().stream().filter(f -> f.code().equals(pattern.code())).toList()));
            }
        }
        for (Fixture.FindingExpectation pattern : expect.absent()) {
            List<Finding> found = report.findings().stream().filter(matches(pattern)).toList();
            if (!found.isEmpty()) {
                failures.add("expected no " + pattern.describe() + ", but found: " + describe(found));
            }
        }
        Set<String> fired = report.explanation().stream().map(Trace::rule).collect(Collectors.toCollection(TreeSet::new));
        for (String rule : expect.rulesFired()) {
            if (!fired.contains(rule)) {
                failures.add("expected rule \"" + rule + "\" to fire, but it did not; fired: " + fired);
            }
        }
        return new FixtureResult(fixture, failures, fired, silent(report, fired, judged), judged);
    }

    /** The rules of judged items that found nothing; a criterion's rule fires whenever it scores, so it is silent when nothing was deducted. */
    private Set<String> silent(Report report, Set<String> fired, Set<String> judged) {
        Set<String> deducted = report.findings().stream().filter(f -> f.kind() == io.github.parsipas.report.FindingKind.DEDUCTION)
                .map(Finding::code).collect(Collectors.toSet());
        return evaluator.rules().stream().filter(rule -> judged.contains(rule.criterion()))
                .filter(rule -> criterion(rule) ? !deducted.contains(rule.criterion()) : !fired.contains(rule.name()))
                .map(RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean criterion(RuleInfo rule) {
        return evaluator.methodology().item(rule.criterion()).filter(item -> item.kind() == io.github.parsipas.methodology.Item.Kind.CRITERION).isPresent();
    }

    /** Rules that never found anything (a criterion: never deducted), rules never silent where their item was judged (and those never judged), pack items no rule decides. */
    public Coverage coverage(List<FixtureResult> results) {
        List<RuleInfo> rules = evaluator.rules();
        List<FixtureResult> readable = results.stream().filter(r -> r.fixture().expect() != null).toList();
        // A rule finds something where its item is judged and it is not silent: fired, or for a criterion, deducted.
        List<String> never = rules.stream().filter(rule -> readable.stream()
                        .noneMatch(r -> r.judgedItems().contains(rule.criterion()) && !r.silentRules().contains(rule.name())))
                .map(RuleInfo::name).toList();
        List<RuleInfo> neverSilent = rules.stream().filter(rule -> readable.stream().noneMatch(r -> r.silentRules().contains(rule.name()))).toList();
        List<String> neverJudged = neverSilent.stream().filter(rule -> readable.stream().noneMatch(r -> r.judgedItems().contains(rule.criterion())))
                .map(RuleInfo::name).toList();
        Set<String> decided = rules.stream().map(RuleInfo::criterion).collect(Collectors.toSet());
        List<String> orphans = evaluator.methodology().items().keySet().stream().filter(code -> !decided.contains(code)).toList();
        return new Coverage(never, neverSilent.stream().map(RuleInfo::name).toList(), neverJudged, orphans);
    }

    private List<String> methodologyMismatches(Fixture fixture) {
        List<String> failures = new ArrayList<>();
        fixture.methodology().forEach((packId, version) -> {
            Optional<Pack> pack = evaluator.methodology().packs().stream().filter(p -> p.id().equals(packId)).findFirst();
            if (pack.isEmpty()) {
                failures.add("the fixture was written for pack " + packId + " " + version + ", which is not loaded");
            } else if (!pack.get().version().equals(version)) {
                failures.add("the fixture was written for pack " + packId + " " + version + ", but " + pack.get().version() + " is loaded");
            }
        });
        return failures;
    }

    /** A code findings can carry: an item's, or an index group's as published scores name it ({@code 766/onlinePayment}). */
    private boolean known(String code) {
        int slash = code.indexOf('/');
        return evaluator.methodology().item(code).isPresent() || slash > 0 && evaluator.methodology().packs().stream()
                .map(Pack::index).filter(java.util.Objects::nonNull)
                .anyMatch(index -> index.code().equals(code.substring(0, slash))
                        && index.groups().stream().anyMatch(g -> g.code().equals(code.substring(slash + 1))));
    }

    private static Optional<String> checkScore(Report report, Fixture.ScoreExpectation expected) {
        Optional<BigDecimal> actual;
        Optional<Text> grade = Optional.empty();
        if (expected.criterion() != null) {
            actual = report.criteria().stream().filter(c -> c.code().equals(expected.criterion())).map(CriterionScore::points).findFirst();
        } else if (expected.area() != null) {
            actual = report.areas().stream().filter(a -> a.area() == expected.area()).map(AreaScore::points).findFirst();
        } else if (expected.forecast() != null) {
            Optional<ParForecast> forecast = Optional.ofNullable(report.forecast()).filter(f -> f.index().equals(expected.forecast()));
            actual = forecast.map(ParForecast::points);
            grade = forecast.map(ParForecast::group);
        } else {
            Optional<IndexScore> index = report.indices().stream().filter(i -> i.code().equals(expected.index())).findFirst();
            actual = index.map(IndexScore::points);
            grade = index.map(IndexScore::grade);
        }
        BigDecimal tolerance = expected.tolerance() == null ? DEFAULT_TOLERANCE : expected.tolerance();
        String want = "expected " + expected.describe() + " = " + plain(expected.points()) + " points (± " + plain(tolerance) + ")"
                + (expected.grade() == null ? "" : ", " + expected.grade());
        if (actual.isEmpty()) {
            return Optional.of(want + ", but it was not scored");
        }
        if (actual.get().subtract(expected.points()).abs().compareTo(tolerance) > 0) {
            return Optional.of(want + ", but got " + plain(actual.get()));
        }
        boolean gradeMatches = expected.grade() == null || (expected.grade().equals("none") ? grade.isEmpty()
                : grade.filter(g -> g.vi().equals(expected.grade()) || g.en().equals(expected.grade())).isPresent());
        if (!gradeMatches) {
            return Optional.of(want + ", but got " + grade.map(Text::en).orElse("no grade"));
        }
        return Optional.empty();
    }

    private static Predicate<Finding> matches(Fixture.FindingExpectation p) {
        return f -> f.code().equals(p.code())
                && (p.kind() == null || f.kind().code().equals(p.kind()))
                && (p.scope() == null || f.scope().equals(p.scope()))
                && (p.lead() == null || f.lead().code().equals(p.lead()))
                && (p.message() == null || f.message().vi().contains(p.message()) || f.message().en().contains(p.message()))
                && (p.points() == null || pointsOf(f).map(x -> x.compareTo(p.points()) == 0).orElse(false));
    }

    private static Optional<BigDecimal> pointsOf(Finding f) {
        return Optional.ofNullable(f.pointsLost() != null ? f.pointsLost() : f.pointsRecoverable());
    }

    private static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "none";
        }
        return findings.stream().map(f -> f.kind().code() + " " + f.code() + " (scope " + f.scope()
                + pointsOf(f).map(x -> ", " + plain(x) + " points").orElse("") + "): " + f.message().en())
                .collect(Collectors.joining("; "));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
