package io.github.parsipas.internal;

import io.github.parsipas.facts.Requirement;
import io.github.parsipas.facts.Trend;
import io.github.parsipas.methodology.DatedValue;
import io.github.parsipas.methodology.EvaluationException;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.MethodVersion;
import io.github.parsipas.methodology.Pack;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;
import io.github.parsipas.report.AreaScore;
import io.github.parsipas.report.ParForecast;
import io.github.parsipas.report.Receipt;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.IndexScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Trace;
import io.github.parsipas.text.Language;
import io.github.parsipas.report.UnitRef;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.Basis;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.SurveyInput;
import java.util.function.Function;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The evaluation engine of a methodology: snapshot → facts → rules → report, on its rule base and its plans
 * (what each kind of unit is asked, kept across evaluations). Items that do not apply to the unit kind, or are
 * not yet in force on {@code asOf}, are left out; items lacking an input are "cannot evaluate". Thread-safe.
 */
public final class Evaluation {

    private static final String VERSION = readVersion();


    private final Methodology methodology;
    private final RuleEngine engine;
    private final Plans plans;

    /** Loads the methodology's rule base (once per set of rule modules in the JVM). */
    public Evaluation(Methodology methodology) {
        this.methodology = methodology;
        this.engine = new RuleEngine(methodology.ruleModules());
        this.plans = new Plans(methodology, engine.ruleParameters());
    }

    public Methodology methodology() {
        return methodology;
    }

    /**
     * Evaluates a snapshot. {@code version} names the official method to apply (e.g. {@code 876/QĐ-BNV});
     * {@code null} takes, for each pack, the version that governs the snapshot's year.
     *
     * @throws io.github.parsipas.snapshot.InvalidInputException when the snapshot is not acceptable to the rule set
     * @throws EvaluationException when a rule or pack fails, naming the unit
     */
    public Report run(Snapshot snapshot, String version) {
        return run(snapshot, version, Language.EN);
    }

    /** The same, with the trace's facts described in {@code traceLanguage}: for {@code explain}, in the reader's language. */
    public Report run(Snapshot snapshot, String version, Language traceLanguage) {
        return guarded(snapshot, () -> report(snapshot, version, traceLanguage));
    }

    private Report report(Snapshot snapshot, String version, Language traceLanguage) {
        Judged judged = judge(snapshot, version, traceLanguage);
        Findings findings = judged.findings();
        List<AreaScore> areas = ReportAssembler.areas(methodology, findings.scores(), snapshot, pack -> versionOf(pack, snapshot, version));
        List<IndexScore> indices = indices(methodology, snapshot, judged);
        Reconciliation.reconcile(methodology, snapshot, findings.scores(), indices, findings);
        indices = indices.stream().map(i -> Reconciliation.published(methodology, snapshot, i).map(i::withPublished).orElse(i)).toList();
        List<Finding> ordered = ReportAssembler.ordered(findings.findings());
        return new Report(Report.SCHEMA,
                new UnitRef(snapshot.unit().id(), snapshot.unit().name(), snapshot.unit().kind().code(), snapshot.unit().leadRoles()),
                snapshot.asOf(), snapshot.period().label(),
                notes(methodology, snapshot, version, findings.scores()),
                areas,
                areas.isEmpty() ? null : areaIndex(methodology),
                forecast(methodology, snapshot, version, areas, ReportAssembler.byCode(findings.scores())),
                indices,
                ReportAssembler.byCode(findings.scores()),
                ordered,
                ProblemGrouping.of(ordered, code -> methodology.item(code).map(i -> i.proposes().contains(snapshot.unit().kind().code())).orElse(false),
                        trends(judged.sections())),
                judged.traces(),
                ordered.stream().filter(f -> f.kind() == FindingKind.CANNOT_EVALUATE).map(f -> Snapshot.topSection(f.evidence().path()))
                        .distinct().filter(section -> !snapshot.declares(section)).map(section -> "$." + section).sorted().toList(),
                new Receipt("parsipas", VERSION, methodology.contentHash(), methodVersions(methodology, snapshot, version),
                        snapshot.inputSha256(), snapshot.asOf()));
    }

    /** The points of a snapshot, by area and by index: what a what-if compares, without the report around them. */
    public record Points(List<AreaScore> areas, List<IndexScore> indices) {
    }

    /** The points only (no trace, grouping or receipt): for the many evaluations that rank a report's problems. */
    public Points points(Snapshot snapshot, String version) {
        return guarded(snapshot, () -> {
            Judged judged = judge(snapshot, version, null);
            return new Points(ReportAssembler.areas(methodology, judged.findings().scores(), snapshot, pack -> versionOf(pack, snapshot, version)),
                    indices(methodology, snapshot, judged));
        });
    }

    /** Bad input as it is; a rule's or pack's failure as an {@link EvaluationException} naming the unit. */
    private static <T> T guarded(Snapshot snapshot, java.util.function.Supplier<T> evaluation) {
        try {
            return evaluation.get();
        } catch (io.github.parsipas.snapshot.InvalidInputException e) {
            throw e;
        } catch (EvaluationException e) {
            throw new EvaluationException("evaluating " + snapshot.unit().id() + ": " + e.getMessage(), e.rule(), e.criterion(), e.getCause());
        } catch (RuntimeException e) {
            throw new EvaluationException("evaluating " + snapshot.unit().id() + ": " + e, null, null, e);
        }
    }

    /** What the rules concluded on a snapshot, and the sections they read. */
    private record Judged(Findings findings, Map<String, Section> sections, List<Trace> traces,
                          Function<SurveyInput, Optional<SurveyScores.Scale>> scales) {
    }

    /** {@code trace}: the language of the trace's facts, or {@code null} for no trace. */
    private Judged judge(Snapshot snapshot, String version, Language trace) {
        Function<SurveyInput, Optional<SurveyScores.Scale>> scales = scales(methodology, snapshot);
        InputChecks.check(methodology, snapshot, scales);
        Findings findings = new Findings(methodology, snapshot.unit().name(), snapshot.unit().kind().code(), snapshot.basis() == Basis.PERIOD);
        Map<String, Section> sections = Sections.of(snapshot, methodology.layout(), scales);
        List<Object> facts = requirements(plans, snapshot, version, sections, findings);
        sections.values().forEach(s -> facts.addAll(s.facts()));
        FindingCollector collector = new FindingCollector(methodology, findings);
        List<Trace> traces = engine.run(facts, collector, methodology, trace);
        collector.settle();
        return new Judged(findings, sections, traces, scales);
    }

    private static List<IndexScore> indices(Methodology methodology, Snapshot snapshot, Judged judged) {
        return ReportAssembler.indices(methodology, judged.findings().scores(), judged.sections(),
                SurveyScores.figures(snapshot, methodology.layout(), judged.scales()), snapshot.unit());
    }

    /**
     * The items judged on the snapshot's data: asked of the unit, in force, and with their inputs present — those whose
     * rules' silence means "met" rather than "not applicable" or "cannot evaluate" (for audit coverage and batches).
     */
    public java.util.Set<String> judgedItems(Snapshot snapshot, String version) {
        Function<SurveyInput, Optional<SurveyScores.Scale>> scales = scales(methodology, snapshot);
        Findings scratch = new Findings(methodology, snapshot.unit().name(), snapshot.unit().kind().code(), snapshot.basis() == Basis.PERIOD);
        return requirements(plans, snapshot, version, Sections.of(snapshot, methodology.layout(), scales), scratch).stream()
                .filter(Requirement.class::isInstance).map(f -> ((Requirement) f).item().code())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The rates observed earlier too, by the input path problems rest on. */
    private static Map<String, Trend> trends(Map<String, Section> sections) {
        Map<String, Trend> trends = new java.util.TreeMap<>();
        sections.values().forEach(s -> s.facts().stream().filter(Trend.class::isInstance).map(Trend.class::cast)
                .forEach(t -> trends.put(t.now().path(), t)));
        return trends;
    }

    /**
     * A requirement fact (and its dated facts) for every item asked of the unit and in force; items
     * whose input is missing get a cannot-evaluate finding instead.
     */
    private static List<Object> requirements(Plans plans, Snapshot snapshot, String version,
                                             Map<String, Section> sections, Findings findings) {
        List<Object> facts = new ArrayList<>();
        Map<Pack, Boolean> carried = new java.util.IdentityHashMap<>(); // by identity: a pack record hashes every item it holds
        for (Plans.Planned planned : plans.of(snapshot, version)) {
            Item item = planned.item();
            if (!carried.computeIfAbsent(planned.pack(), pack -> carries(snapshot, pack))) {
                continue; // the pack's whole section is absent (the receipt says so)
            }
            // A section with nothing to divide by is "cannot evaluate", unless the item's checks say what it scores then.
            boolean scoresNone = !item.checks().isEmpty() && item.checks().stream().allMatch(c -> c.whenNone() != null);
            Optional<Section> lacking = item.inputs().stream().map(input -> section(sections, item, input))
                    .filter(s -> !s.present() || !s.judgeable() && !scoresNone).findFirst();
            if (lacking.isPresent()) {
                findings.cannotEvaluate(item, lacking.get().path(), whyNot(lacking.get()));
            } else if (item.inputs().contains(DatedList.DELIVERABLES.code()) && Deadlines.deliverable(snapshot, item.code()).isEmpty()) {
                findings.cannotEvaluate(item, "$.deliverables", Messages.text("cannotEvaluate.noEntry",
                        Map.of("path", Arg.verbatim("$.deliverables"), "code", Arg.verbatim(item.code()))));
            } else {
                facts.add(planned.requirement());
                facts.addAll(planned.checks());
                facts.addAll(Deadlines.of(item, planned.requirement(), snapshot));
            }
        }
        return facts;
    }

    private static Text whyNot(Section section) {
        if (section.why() != null) {
            return section.why();
        }
        return Messages.text(section.present() ? "cannotEvaluate.noRate" : "cannotEvaluate.noSection", Map.of("path", Arg.verbatim(section.path())));
    }

    /** The index by areas, as its pack names it (one pack at most scores by areas: PackValidator). */
    private static Report.AreaIndex areaIndex(Methodology methodology) {
        return methodology.packs().stream().map(Pack::areaIndex).filter(java.util.Objects::nonNull).findFirst()
                .map(i -> new Report.AreaIndex(i.code(), i.byArea(), i.contributionByArea())).orElse(null);
    }

    /** The forecast of the index by areas that gives one for the unit's kind, when its snapshot scored some area. */
    private static ParForecast forecast(Methodology methodology, Snapshot snapshot, String version, List<AreaScore> areas,
                                        List<io.github.parsipas.report.CriterionScore> criteria) {
        Optional<Pack> pack = methodology.packs().stream()
                .filter(p -> p.forecast() != null && p.forecast().unitKinds().contains(snapshot.unit().kind().code())).findFirst();
        if (pack.isEmpty() || areas.isEmpty()) {
            return null;
        }
        return ReportAssembler.forecast(pack.get(), areas, criteria, versionOf(pack.get(), snapshot, version), snapshot.asOf(), snapshot);
    }

    /**
     * The requirement an evaluation under {@code version} plans for an item: its method version and the values its
     * checks and rules read. Empty when the item is not asked of the unit or not in force.
     */
    public Optional<Requirement> requirement(Snapshot snapshot, String code, String version) {
        return plans.of(snapshot, version).stream().filter(p -> p.item().code().equals(code)).map(Plans.Planned::requirement).findFirst();
    }

    /** The version of its official method an item is applied in on the snapshot, {@code asked} or the one of its year. */
    public String methodVersion(Item item, Snapshot snapshot, String asked) {
        return versionOf(methodology.packOf(item), snapshot, asked);
    }

    /** Each rule written for one criterion, by name, with its criterion code or {@code null}. */
    public List<io.github.parsipas.methodology.RuleInfo> criterionRules() {
        return engine.criterionRules();
    }

    /**
     * The facts an item is judged on — from its sections, and its dated items when it is planned — for explanations
     * of why nothing fired.
     */
    public List<Object> factsFor(Snapshot snapshot, Item item) {
        Map<String, Section> sections = Sections.of(snapshot, methodology.layout(), scales(methodology, snapshot));
        List<Object> facts = new ArrayList<>(item.inputs().stream().map(input -> section(sections, item, input))
                .flatMap(s -> s.facts().stream()).toList());
        boolean listsPresent = item.inputs().stream().filter(i -> DatedList.fromCode(i).isPresent()).allMatch(i -> sections.get(i).present());
        requirement(snapshot, item.code(), null).filter(r -> listsPresent).ifPresent(r -> facts.addAll(Deadlines.of(item, r, snapshot)));
        return facts;
    }

    /** Each survey's answer scale on the snapshot's date. */
    private static Function<SurveyInput, Optional<SurveyScores.Scale>> scales(Methodology methodology, Snapshot snapshot) {
        return survey -> surveyScale(methodology, survey, snapshot.asOf());
    }

    /**
     * A survey's answer scale in force on {@code date}: the pack parameters its declaration names; empty
     * before the survey's method applies (its answers cannot be scored then).
     */
    static Optional<SurveyScores.Scale> surveyScale(Methodology methodology, SurveyInput survey, java.time.LocalDate date) {
        Optional<DatedValue> levels = methodology.parameter(survey.scale().levels(), date);
        Optional<DatedValue> satisfied = methodology.parameter(survey.scale().satisfied(), date);
        if (levels.isEmpty() || satisfied.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SurveyScores.Scale(levels.get().value().intValueExact(), satisfied.get().value().intValueExact()));
    }

    /** True unless the pack requires a section the snapshot does not have. */
    private static boolean carries(Snapshot snapshot, Pack pack) {
        return pack.requires() == null || snapshot.has(pack.requires());
    }

    /**
     * The parameters of an item in force on {@code asOf}: its own, all of which it needs, and its pack's (and for a
     * plan's pack, the index's whose areas it names) that are in force (one not yet in force removes only what uses
     * it, e.g. a forecast's cut-off). Empty when the pack or one of the item's own parameters is not yet in force.
     */
    static Optional<Map<String, DatedValue>> parametersAt(Methodology methodology, Pack pack, Item item, Snapshot snapshot, String version) {
        if (pack.inForceFrom() != null && snapshot.asOf().isBefore(pack.inForceFrom())) {
            return Optional.empty();
        }
        Map<String, DatedValue> values = new TreeMap<>();
        Pack index = methodology.areasOf(pack);
        if (index != pack) { // the index's own facts (e.g. last year's cut-offs), which a plan's goals are judged against
            index.parameters().forEach((name, parameter) -> parameter.at(snapshot.asOf()).ifPresent(v -> values.put(name, v)));
        }
        pack.parameters().forEach((name, parameter) -> parameter.at(snapshot.asOf(), version).ifPresent(v -> values.put(name, v)));
        for (var parameter : item.parameters().entrySet()) {
            Optional<DatedValue> value = parameter.getValue().at(snapshot.asOf(), version);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(parameter.getKey(), value.get());
        }
        return Optional.of(values);
    }

    private static Section section(Map<String, Section> sections, Item item, String input) {
        Section section = sections.get(input);
        if (section == null) {
            throw new IllegalStateException(item.code() + " names an unknown input \"" + input + "\"; known: " + sections.keySet());
        }
        return section;
    }

    /** The method version a pack is applied in: the one asked for if the pack has it, else the one governing the year. */
    static String versionOf(Pack pack, Snapshot snapshot, String asked) {
        if (pack.versions().isEmpty()) {
            return null;
        }
        if (asked != null) {
            return pack.versions().stream().map(MethodVersion::code).filter(asked::equals).findFirst()
                    .orElseThrow(() -> new io.github.parsipas.snapshot.InvalidInputException("method version", List.of(
                            io.github.parsipas.snapshot.InputProblem.of("<version>", "\"" + asked + "\"", "input.expected.oneOf",
                                    Map.of("values", Arg.verbatim(String.join(", ", pack.versions().stream().map(MethodVersion::code).toList())))))));
        }
        return pack.versions().stream().filter(v -> v.covers(snapshot.period().year())).map(MethodVersion::code).findFirst().orElse(null);
    }

    /** What the method versions applied say of their results (e.g. 1187's unpublished structure), for the packs evaluated. */
    private static List<Text> notes(Methodology methodology, Snapshot snapshot, String asked, List<io.github.parsipas.report.CriterionScore> scores) {
        List<Text> notes = new ArrayList<>();
        for (Pack pack : methodology.packs()) {
            boolean estimated = pack.contributionNote() != null && scores.stream().anyMatch(s -> methodology.item(s.code())
                    .filter(i -> methodology.packOf(i) == pack && !methodology.official(i, snapshot.unit().kind().code())).isPresent());
            if (estimated) {
                notes.add(pack.contributionNote());
            }
        }
        if (scores.stream().anyMatch(s -> s.unconfirmed().contains(Findings.ONE_PERIOD))) {
            notes.add(Messages.text("note.onePeriod", Map.of()));
        }
        for (Pack pack : methodology.packs()) {
            // A method's note is for a report it scored something in: not one of another index only.
            boolean scored = scores.stream().anyMatch(s -> methodology.item(s.code()).filter(i -> methodology.packOf(i) == pack).isPresent());
            String applied = versionOf(pack, snapshot, asked);
            pack.versions().stream().filter(v -> v.code().equals(applied) && v.note() != null && scored)
                    .forEach(v -> notes.add(v.note()));
        }
        return notes;
    }

    /** Each pack with its version, for an official method the version applied, and whether it was evaluated. */
    private static List<Receipt.PackUse> methodVersions(Methodology methodology, Snapshot snapshot, String asked) {
        List<Receipt.PackUse> packs = new ArrayList<>();
        for (Pack pack : methodology.packs()) {
            String applied = versionOf(pack, snapshot, asked);
            // A pack without its section is not evaluated whatever its versions; one with no version for the year, for that.
            Receipt.PackUse.Status status = !carries(snapshot, pack) ? Receipt.PackUse.Status.NO_SECTION
                    : applied == null && !pack.versions().isEmpty() ? Receipt.PackUse.Status.NO_VERSION : Receipt.PackUse.Status.EVALUATED;
            packs.add(new Receipt.PackUse(pack.id(), pack.version(), applied, status,
                    status == Receipt.PackUse.Status.NO_SECTION ? pack.requires() : null,
                    status == Receipt.PackUse.Status.NO_VERSION ? snapshot.period().year() : null));
        }
        return packs;
    }

    private static String readVersion() {
        try (InputStream in = Evaluation.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("io/github/parsipas/internal/version.properties is missing from parsipas-core", e);
        }
    }
}
