package io.github.parsipas.methodology;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.SnapshotLayout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue the rules are judged by: methodology packs (criteria, targets, dated parameters,
 * sources), the agencies they name and the snapshot layout they read. Loaded once, from the classpath
 * ({@link #bundled()}) or a folder ({@link #load(Path)}); immutable and thread-safe.
 */
public final class Methodology {

    /** The resource listing every pack and rule file of the bundled rule set. */
    public static final String INDEX = "parsipas/index.yaml";

    /** The text of the engine's generic scheme rules, part of every rule set. */
    static final String SCHEME_RULES = "parsipas/drl/core/schemes.drl";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final List<Pack> packs;
    private final Map<String, Agency> agencies;
    private final SnapshotLayout layout;
    private final List<SnapshotLayout.Declarations> declarations;
    private final Map<String, Item> items;
    private final Map<String, Pack> packOfItem;
    private final String contentHash;
    private final List<String> ruleModules;
    private final Map<String, BigDecimal> criterionMaxima;

    private Methodology(List<Pack> packs, List<Agency> agencies, List<SnapshotLayout.Declarations> declarations, List<String> ruleModules,
                        String contentHash) {
        this.packs = List.copyOf(packs);
        this.declarations = List.copyOf(declarations);
        this.layout = SnapshotLayout.of(declarations);
        this.ruleModules = List.copyOf(ruleModules);
        this.agencies = agencies.stream().collect(Collectors.toMap(Agency::code, Function.identity(), (a, b) -> {
            throw new IllegalStateException("agency " + a.code() + " declared twice");
        }, TreeMap::new));
        this.items = new TreeMap<>();
        this.packOfItem = new TreeMap<>();
        for (Pack pack : packs) {
            for (Item item : pack.items()) {
                if (items.put(item.code(), item) != null) {
                    throw new IllegalStateException("item " + item.code() + " declared twice (again in pack " + pack.id() + ")");
                }
                packOfItem.put(item.code(), pack);
            }
        }
        this.contentHash = contentHash;
        PackValidator.validate(this);
        this.criterionMaxima = criterionMaxima();
    }

    /** The packs bundled with the rules, as listed by {@value #INDEX} on the classpath. */
    public static Methodology bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Methodology INSTANCE = load(name -> {
            try (InputStream in = Methodology.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("methodology resource " + name
                            + " is not on the classpath; is io.github.parsipas:parsipas-rules a dependency?");
                }
                return in.readAllBytes();
            }
        }, INDEX);
    }

    /** A rule set kept in a folder: its index file, listing files relative to the index's folder. */
    public static Methodology load(Path index) {
        Path folder = index.toAbsolutePath().getParent();
        return load(name -> Files.readAllBytes(folder.resolve(name)), index.getFileName().toString());
    }

    /** Where the files of a rule set come from. */
    private interface FileSource {
        byte[] read(String name) throws IOException;
    }

    private static Methodology load(FileSource files, String indexName) {
        MessageDigest digest = sha256();
        Parts parts = parts(files, indexName, digest);
        digest.update(SCHEME_RULES.getBytes(StandardCharsets.UTF_8));
        digest.update(schemeRules());
        return new Methodology(parts.packs(), parts.agencies(), parts.declarations(), parts.ruleModules(), HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * This rule set with another's files added — its packs, agencies, input declarations and compiled rules, listed by
     * an index file as {@link #load(Path)} reads one — e.g. a city's own criteria beside the national method. The
     * added packs may use this set's agencies, areas and inputs; the content hash covers both sets.
     */
    public Methodology with(Path index) {
        Path folder = index.toAbsolutePath().getParent();
        MessageDigest digest = sha256();
        digest.update(contentHash.getBytes(StandardCharsets.UTF_8));
        Parts added = parts(name -> Files.readAllBytes(folder.resolve(name)), index.getFileName().toString(), digest);
        return new Methodology(concat(packs, added.packs()), concat(List.copyOf(agencies.values()), added.agencies()),
                concat(declarations, added.declarations()), concat(ruleModules, added.ruleModules()), HexFormat.of().formatHex(digest.digest()));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** What an index lists, read. */
    private record Parts(List<Pack> packs, List<Agency> agencies, List<SnapshotLayout.Declarations> declarations, List<String> ruleModules) {
    }

    /** Reads what an index lists, adding every file it names to {@code digest} (by name, in name order). */
    private static Parts parts(FileSource files, String indexName, MessageDigest digest) {
        Index index = read(files, indexName, Index.class);
        List<String> hashed = new ArrayList<>(index.packs());
        if (index.agencies() != null) {
            hashed.add(index.agencies());
        }
        hashed.addAll(index.inputs());
        hashed.addAll(index.rules());
        hashed.stream().sorted().forEach(name -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes(files, name));
        });
        return new Parts(index.packs().stream().map(name -> read(files, name, Pack.class)).toList(),
                index.agencies() == null ? List.of() : List.of(read(files, index.agencies(), Agency[].class)),
                index.inputs().stream().map(name -> read(files, name, SnapshotLayout.Declarations.class)).toList(),
                index.ruleModule() == null ? List.of() : List.of(index.ruleModule()));
    }

    private static byte[] schemeRules() {
        try (InputStream in = Methodology.class.getClassLoader().getResourceAsStream(SCHEME_RULES)) {
            return Objects.requireNonNull(in, SCHEME_RULES + " is missing from parsipas-core").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This methodology with official values in place of provisional ones, read from a parameter file
     * (see {@link Overrides}). The file's content joins the content hash, so a report says it was used.
     */
    public Methodology withOverrides(Path file) {
        try {
            return withOverrides(YAML.readValue(Files.readAllBytes(file), Overrides.class), file.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Where, in our words: the parser's own message names its classes (Overrides, SnakeYAML's events).
            throw new InvalidInputException(file.toString(), List.of(notOverrides(e)));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), List.of(InputProblem.of("$",
                    Messages.text("input.found.notOverrides", Map.of("detail", Arg.verbatim(e.getMessage().lines().findFirst().orElse("")))),
                    "input.expected.overrides", Map.of())));
        }
    }

    /** A parameter file that does not read: an unknown field by its path, any other value or syntax error by its line and column. */
    private static InputProblem notOverrides(com.fasterxml.jackson.core.JsonProcessingException e) {
        String path = "$";
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            path += mapping.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return InputProblem.of(path, Messages.text("input.found.unknownField", Map.of()), "input.expected.overrides", Map.of());
        }
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return InputProblem.of(path, Messages.text("input.found.notOverridesAt", Map.of("line", Arg.count(at == null ? 0 : at.getLineNr()),
                "column", Arg.count(at == null ? 0 : at.getColumnNr()))), "input.expected.overrides", Map.of());
    }

    /** This methodology with official values in place of provisional ones, e.g. kept by an embedding system in its database. */
    public Methodology withOverrides(Overrides overrides) {
        return withOverrides(overrides, "overrides");
    }

    private Methodology withOverrides(Overrides overrides, String source) {
        List<InputProblem> unknown = new ArrayList<>();
        overrides.areas().keySet().stream().filter(n -> packs.stream().noneMatch(p -> p.area(n).isPresent()))
                .forEach(n -> unknown.add(InputProblem.of("$.areas." + n, Messages.text("input.found.unknownArea", Map.of()), "input.expected.knownArea", Map.of())));
        overrides.items().keySet().stream().filter(code -> !items.containsKey(code))
                .forEach(code -> unknown.add(InputProblem.of("$.items." + code, Messages.text("input.found.unknownItem", Map.of()), "input.expected.knownItem", Map.of())));
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(source, unknown);
        }
        overrides.areas().keySet().stream().filter(n -> packs.stream().filter(p -> p.area(n).isPresent()).count() > 1).findFirst()
                .ifPresent(n -> {
                    throw new InvalidInputException(source, List.of(InputProblem.of("$.areas." + n, Messages.text("input.found.area",
                            Map.of("area", Arg.count(n))), "input.expected.areaOfOnePack", Map.of())));
                });
        List<Pack> replaced = packs.stream().<Pack>map(pack -> ((PackFile) pack).with(
                pack.areas().stream().map(a -> override(a, overrides.areas().get(a.number()))).toList(),
                pack.items().stream().map(i -> override(i, overrides.items().get(i.code()))).toList())).toList();
        MessageDigest digest = sha256();
        digest.update(contentHash.getBytes(StandardCharsets.UTF_8));
        try {
            digest.update(YAML.writeValueAsBytes(overrides));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Methodology(replaced, List.copyOf(agencies.values()), declarations, ruleModules, HexFormat.of().formatHex(digest.digest()));
    }

    private static Area override(Area area, Overrides.AreaOverride change) {
        return change == null ? area : new Area(area.number(), area.name(),
                change.maxPoints() == null ? area.maxPoints() : official(change.maxPoints()),
                change.surveyPoints() == null ? area.surveyPoints() : official(change.surveyPoints()));
    }

    /** An official value given without a method version holds for every version. */
    private static Points official(Points points) {
        return points.version() != null ? points : new Points(points.value(), points.status(), points.source(), Points.EVERY_VERSION);
    }

    private static Item override(Item item, Overrides.ItemOverride change) {
        if (change == null) {
            return item;
        }
        Map<String, Parameter> parameters = new TreeMap<>(item.parameters());
        change.parameters().forEach((name, replacement) -> parameters.merge(name, replacement, Methodology::merge));
        return new PackItem(item.code(), item.kind(), item.area(), item.group(), item.name(), item.source(), item.status(), item.appliesTo(),
                item.roles(), item.lead(), item.leadStatus(), item.inputs(), item.deadline(), item.deadlineStatus(), item.schedule(), parameters, item.checks(),
                change.maxPoints() == null ? item.maxPoints() : official(change.maxPoints()), item.bands(), item.messages(), item.recommendation(),
                item.annual(), item.recoverable(), item.proposes());
    }

    /** A parameter's values with the replacement's put in place of those of the same date or version. */
    private static Parameter merge(Parameter original, Parameter replacement) {
        List<DatedValue> values = new ArrayList<>(original.values());
        values.removeIf(v -> replacement.values().stream().anyMatch(r -> Objects.equals(r.from(), v.from())
                && Objects.equals(r.version(), v.version())));
        values.addAll(replacement.values());
        return new Parameter(replacement.unit() != null ? replacement.unit() : original.unit(), values);
    }

    /**
     * What an index file lists: the packs, the agencies, the snapshot inputs they read, the rule files
     * (for the content hash) and the rule module their compiled rules come in, as {@code groupId/artifactId}
     * ({@code null} when the packs need only the generic scheme rules).
     */
    public record Index(List<String> packs, @Nullable String agencies, List<String> inputs, List<String> rules, @Nullable String ruleModule) {
        public Index {
            inputs = inputs == null ? List.of() : List.copyOf(inputs);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    /** The compiled rule modules of the rule set, besides the engine's generic scheme rules. */
    public List<String> ruleModules() {
        return ruleModules;
    }

    /**
     * The indices the packs declare, in pack order: each pack's index with groups, or its index by areas. Outputs
     * that name indices by code (a batch, a what-if) take them from here.
     */
    public List<IndexDefinition> indices() {
        return packs.stream().flatMap(p -> java.util.stream.Stream.of(p.index(), p.areaIndex())).filter(Objects::nonNull).toList();
    }

    public List<Pack> packs() {
        return packs;
    }

    /** What a snapshot for this rule set may carry. */
    public SnapshotLayout layout() {
        return layout;
    }

    /** The JSON Schema of snapshots for this rule set, generated from its input declarations. */
    public String snapshotSchema() {
        return io.github.parsipas.snapshot.SnapshotSchema.json(layout, agencies.keySet(), codesReading(DatedList.DELIVERABLES),
                codesReading(DatedList.REPORTS));
    }

    private List<String> codesReading(DatedList list) {
        return items.values().stream().filter(i -> i.inputs().contains(list.code())).map(Item::code).toList();
    }

    /** Every item of every pack, by code. */
    public Map<String, Item> items() {
        return items;
    }

    public Optional<Item> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public Pack packOf(Item item) {
        return packOfItem.get(item.code());
    }

    public Map<String, Agency> agencies() {
        return agencies;
    }

    /** A pack parameter named {@code <pack id>.<parameter>}, in force on {@code date}. */
    public Optional<DatedValue> parameter(String reference, LocalDate date) {
        int dot = reference.indexOf('.');
        return packs.stream().filter(p -> dot > 0 && p.id().equals(reference.substring(0, dot))).findFirst()
                .map(p -> p.parameters().get(reference.substring(dot + 1))).flatMap(p -> p.at(date));
    }

    /**
     * A value's status under the method version in use: a value confirmed for another version of its pack's
     * method is carried over, not confirmed.
     *
     * @param valueVersion the version the value holds for, or {@code null} for the pack's {@code confirmedFor}
     * @param inUse        the version applied, or {@code null} for a pack without versions
     */
    public static Status status(Pack pack, Status declared, @Nullable String valueVersion, @Nullable String inUse) {
        String confirmedFor = valueVersion != null ? valueVersion : pack.confirmedFor();
        return declared == Status.CONFIRMED && inUse != null && confirmedFor != null && !confirmedFor.equals(inUse)
                && !confirmedFor.equals(Points.EVERY_VERSION) ? Status.CARRIED_OVER : declared;
    }

    public static Status status(Pack pack, Points points, @Nullable String inUse) {
        return status(pack, points.status(), points.version(), inUse);
    }

    /** True when the item's method officially scores units of this kind (else its points estimate a contribution). */
    public boolean official(Item item, String unitKind) {
        List<String> kinds = packOf(item).officialFor();
        return kinds.isEmpty() || kinds.contains(unitKind);
    }

    /** The agency that answers for an item: its own lead, else the lead of its area. */
    public Optional<Agency> leadOf(Item item) {
        if (item.lead() != null) {
            return Optional.ofNullable(agencies.get(item.lead()));
        }
        return item.area() == null ? Optional.empty() : leadOfArea(packOf(item), item.area());
    }

    /** How sure the lead of an item is: as the item says when it names its lead (confirmed unless marked), else the mapping's. */
    public Status leadStatus(Item item) {
        if (item.lead() != null) {
            return item.leadStatus() == null ? Status.CONFIRMED : item.leadStatus();
        }
        return areaLeadStatus(packOf(item));
    }

    /** The agency that answers for an area of the areas {@code pack}'s items name, as its {@code areaLeads} says. */
    public Optional<Agency> leadOfArea(Pack pack, int area) {
        AreaLeads leads = areasOf(pack).areaLeads();
        return Optional.ofNullable(leads == null ? null : leads.leads().get(area)).map(agencies::get);
    }

    /** How sure the areas' leads of {@code pack} are: the mapping's status (provisional without one). */
    public Status areaLeadStatus(Pack pack) {
        AreaLeads leads = areasOf(pack).areaLeads();
        return leads == null ? Status.PROVISIONAL : leads.status();
    }

    /** The pack whose areas a pack's items name: its own, or the one it names ({@code areasOf}). */
    public Pack areasOf(Pack pack) {
        return pack.areasOf() == null ? pack : packs.stream().filter(p -> p.id().equals(pack.areasOf())).findFirst()
                .orElseThrow(() -> new IllegalStateException(pack.id() + ": areasOf names no loaded pack, " + pack.areasOf()));
    }

    /**
     * A criterion's maximum as scored: its pack points scaled so that an area's criteria share the
     * area's maximum less its survey points. With the bundled packs the factor is 1; replacing an
     * area's maximum rescales its criteria without touching them.
     */
    public BigDecimal criterionMax(Item item) {
        return criterionMaxima.get(item.code());
    }

    private Map<String, BigDecimal> criterionMaxima() {
        Map<String, BigDecimal> maxima = new TreeMap<>();
        for (Pack pack : packs) {
            Map<Integer, List<Item>> byArea = new TreeMap<>();
            for (Item item : pack.items()) {
                if (item.kind() != Item.Kind.CRITERION) {
                    continue;
                }
                if (item.area() == null) {
                    maxima.put(item.code(), item.maxPoints().value());
                } else {
                    byArea.computeIfAbsent(item.area(), a -> new ArrayList<>()).add(item);
                }
            }
            byArea.forEach((number, criteria) -> {
                Area area = pack.area(number).orElseThrow();
                maxima.putAll(shares(area.maxPoints().value().subtract(surveyPoints(area)), criteria));
            });
        }
        return maxima;
    }

    /**
     * An area's points (less its survey points) shared among its criteria in proportion to their pack points,
     * to two decimals, by largest remainder: the shares add up to exactly what is shared, so no area can
     * score above its maximum whatever official values replace ours.
     */
    static Map<String, BigDecimal> shares(BigDecimal total, List<Item> criteria) {
        BigDecimal weights = criteria.stream().map(i -> i.maxPoints().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> shares = new TreeMap<>();
        Map<String, BigDecimal> remainders = new TreeMap<>();
        BigDecimal allotted = BigDecimal.ZERO;
        for (Item item : criteria) {
            BigDecimal quota = item.maxPoints().value().multiply(total).divide(weights, 12, java.math.RoundingMode.DOWN);
            BigDecimal floor = quota.setScale(2, java.math.RoundingMode.DOWN);
            shares.put(item.code(), floor);
            remainders.put(item.code(), quota.subtract(floor));
            allotted = allotted.add(floor);
        }
        int cents = total.subtract(allotted).movePointRight(2).setScale(0, java.math.RoundingMode.DOWN).intValueExact();
        remainders.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(cents).forEach(e -> shares.merge(e.getKey(), new BigDecimal("0.01"), BigDecimal::add));
        shares.replaceAll((code, share) -> share.stripTrailingZeros());
        return shares;
    }

    /** The survey points of an area, zero when the area has none. */
    public static BigDecimal surveyPoints(Area area) {
        return area.surveyPoints() == null ? BigDecimal.ZERO : area.surveyPoints().value();
    }

    /** SHA-256 over every file of the rule set (packs, agencies, inputs, rules, the generic rules), for the audit receipt. */
    public String contentHash() {
        return contentHash;
    }

    private static <T> T read(FileSource files, String name, Class<T> type) {
        try {
            return YAML.readValue(bytes(files, name), type);
        } catch (IOException e) {
            throw new IllegalStateException("methodology file " + name + " is malformed: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(FileSource files, String name) {
        try {
            return files.read(name);
        } catch (IOException e) {
            throw new UncheckedIOException("methodology file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
