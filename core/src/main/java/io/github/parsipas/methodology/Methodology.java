package io.github.parsipas.methodology;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue the rules are judged by: methodology packs (criteria, targets, dated parameters,
 * sources) and the agencies they name. Loaded once from the classpath; immutable and thread-safe.
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
            .build();

    private final List<Pack> packs;
    private final Map<String, Agency> agencies;
    private final Map<String, Item> items;
    private final Map<String, Pack> packOfItem;
    private final String contentHash;
    private final List<String> ruleModules;
    private final Map<String, BigDecimal> criterionMaxima;

    private Methodology(List<Pack> packs, List<Agency> agencies, List<String> ruleModules, String contentHash) {
        this.packs = List.copyOf(packs);
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

    /** The packs bundled with the rules, as listed by {@value #INDEX}. */
    public static Methodology bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Methodology INSTANCE = load(Methodology.class.getClassLoader());
    }

    static Methodology load(ClassLoader loader) {
        Index index = read(loader, INDEX, Index.class);
        MessageDigest digest = sha256();
        List<String> hashed = new ArrayList<>(index.packs());
        hashed.add(index.agencies());
        hashed.addAll(index.rules());
        hashed.add(SCHEME_RULES);
        hashed.stream().sorted().forEach(name -> {
            digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(bytes(loader, name));
        });
        List<Pack> packs = index.packs().stream().map(name -> read(loader, name, Pack.class)).toList();
        List<Agency> agencies = List.of(read(loader, index.agencies(), Agency[].class));
        return new Methodology(packs, agencies, List.of(index.ruleModule()), HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * This methodology with official values in place of provisional ones, read from a parameter file
     * (see {@link Overrides}). The file's content joins the content hash, so a report says it was used.
     */
    public Methodology withOverrides(java.nio.file.Path file) {
        byte[] content;
        Overrides overrides;
        try {
            content = java.nio.file.Files.readAllBytes(file);
            overrides = YAML.readValue(content, Overrides.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("parameter file " + file + " cannot be read: " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        overrides.areas().keySet().stream().filter(n -> area(n).isEmpty()).forEach(n -> unknown.add("areas." + n));
        overrides.items().keySet().stream().filter(code -> !items.containsKey(code)).forEach(code -> unknown.add("items." + code));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("parameter file " + file + " names what no pack has: " + String.join(", ", unknown));
        }
        List<Pack> replaced = packs.stream().map(pack -> new Pack(pack.id(), pack.version(), pack.title(), pack.document(),
                pack.versions(), pack.parameters(), pack.index(), pack.grades(), pack.messages(), pack.requires(), pack.areaLeads(),
                pack.areas().stream().map(a -> override(a, overrides.areas().get(a.number()))).toList(),
                pack.items().stream().map(i -> override(i, overrides.items().get(i.code()))).toList())).toList();
        MessageDigest digest = sha256();
        digest.update(contentHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(content);
        return new Methodology(replaced, List.copyOf(agencies.values()), ruleModules, HexFormat.of().formatHex(digest.digest()));
    }

    private static Area override(Area area, Overrides.AreaOverride change) {
        return change == null ? area : new Area(area.number(), area.name(),
                change.maxPoints() == null ? area.maxPoints() : change.maxPoints(),
                change.surveyPoints() == null ? area.surveyPoints() : change.surveyPoints());
    }

    private static Item override(Item item, Overrides.ItemOverride change) {
        if (change == null) {
            return item;
        }
        Map<String, Parameter> parameters = new TreeMap<>(item.parameters());
        change.parameters().forEach((name, replacement) -> parameters.merge(name, replacement, Methodology::merge));
        return new Item(item.code(), item.kind(), item.area(), item.group(), item.name(), item.source(), item.status(), item.appliesTo(),
                item.roles(), item.lead(), item.inputs(), item.deadline(), item.schedule(), parameters, item.checks(),
                change.maxPoints() == null ? item.maxPoints() : change.maxPoints(), item.bands(), item.messages(), item.recommendation());
    }

    /** A parameter's values with the replacement's put in place of those of the same date or version. */
    private static Parameter merge(Parameter original, Parameter replacement) {
        List<DatedValue> values = new ArrayList<>(original.values());
        values.removeIf(v -> replacement.values().stream().anyMatch(r -> java.util.Objects.equals(r.from(), v.from())
                && java.util.Objects.equals(r.version(), v.version())));
        values.addAll(replacement.values());
        return new Parameter(replacement.unit() != null ? replacement.unit() : original.unit(), values);
    }

    /**
     * What {@value #INDEX} lists: the packs, the agencies, the rule files (for the content hash) and the
     * rule module their compiled rules come in, as {@code groupId/artifactId}.
     */
    public record Index(List<String> packs, String agencies, List<String> rules, String ruleModule) {
    }

    /** The compiled rule modules of the rule set, besides the engine's generic scheme rules. */
    public List<String> ruleModules() {
        return ruleModules;
    }

    public List<Pack> packs() {
        return packs;
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

    /** The agency that answers for an item: its own lead, else the lead of its area. */
    public Optional<Agency> leadOf(Item item) {
        if (item.lead() != null) {
            return Optional.ofNullable(agencies.get(item.lead()));
        }
        return packs.stream().map(Pack::areaLeads).filter(leads -> leads != null && item.area() != null)
                .map(leads -> leads.leads().get(item.area())).filter(code -> code != null)
                .findFirst().map(agencies::get);
    }

    /** How sure the lead mapping of an item is: confirmed when the item names its lead, else the mapping's status. */
    public Status leadStatus(Item item) {
        if (item.lead() != null) {
            return Status.CONFIRMED;
        }
        return packs.stream().map(Pack::areaLeads).filter(l -> l != null).map(AreaLeads::status)
                .findFirst().orElse(Status.PROVISIONAL);
    }

    public Optional<Area> area(int number) {
        return packs.stream().flatMap(p -> p.areas().stream()).filter(a -> a.number() == number).findFirst();
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
        Map<Integer, BigDecimal> weights = new TreeMap<>();
        items.values().stream().filter(i -> i.kind() == Item.Kind.CRITERION && i.area() != null)
                .forEach(i -> weights.merge(i.area(), i.maxPoints().value(), BigDecimal::add));
        items.values().stream().filter(i -> i.kind() == Item.Kind.CRITERION).forEach(item -> {
            if (item.area() == null) {
                maxima.put(item.code(), item.maxPoints().value());
            } else {
                Area area = area(item.area()).orElseThrow();
                BigDecimal share = area.maxPoints().value().subtract(surveyPoints(area));
                maxima.put(item.code(), item.maxPoints().value().multiply(share)
                        .divide(weights.get(item.area()), 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
            }
        });
        return maxima;
    }

    /** The survey points of an area, zero when the area has none. */
    public static BigDecimal surveyPoints(Area area) {
        return area.surveyPoints() == null ? BigDecimal.ZERO : area.surveyPoints().value();
    }

    /** SHA-256 over every pack and rule file of the rule set, for the audit receipt. */
    public String contentHash() {
        return contentHash;
    }

    private static <T> T read(ClassLoader loader, String name, Class<T> type) {
        try {
            return YAML.readValue(bytes(loader, name), type);
        } catch (IOException e) {
            throw new IllegalStateException("methodology resource " + name + " is malformed: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("methodology resource " + name
                        + " is not on the classpath; is io.github.parsipas:parsipas-rules a dependency?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
