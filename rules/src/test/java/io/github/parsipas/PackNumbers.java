package io.github.parsipas;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every number of a pack that a mistake could change, found in its YAML text with its exact place, and
 * the slight changes the sensitivity gate makes to it. The text around each number stays as it is.
 */
final class PackNumbers {

    /** Keys whose numbers name things (an area, a version's years) rather than measure them. */
    private static final Set<String> NAMES = Set.of("area", "number");
    /** Dates the rules read: deadlines, when a pack applies, when a report schedule starts or turns quarterly. */
    private static final Set<String> DATES = Set.of("deadline", "inForceFrom");
    private static final Set<String> MONTHS = Set.of("firstPeriod", "quarterlyFrom");
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    /** Small enough that only an observation exactly at the number tells: a {@code ≥} read as {@code >}. */
    private static final BigDecimal BOUNDARY = new BigDecimal("0.0001");

    private PackNumbers() {
    }

    /** One number in a pack file: where it is, its text, and its place in the YAML text. */
    record Place(String file, String path, String key, String unit, String text, int start, int end) {

        /** Counted in whole things — days, levels, respondents, activities a period — so changed by one. */
        boolean counted() {
            return key.endsWith("Year") || unit != null && !unit.startsWith("percent") && !unit.startsWith("points");
        }

        /** A threshold a rate is compared with: an observation exactly at it tells {@code ≥} from {@code >}. */
        boolean threshold() {
            // a pro-rata target scales points continuously: at it, ≥ and > give the same
            return key.equals("atLeast") || unit != null && unit.startsWith("percent") && !path.contains(".parameters.target.");
        }
    }

    /** A changed pack text and what was changed, for the gate's message. */
    record Change(Place place, String replacement, String description) {
        String apply(String packText) {
            return packText.substring(0, place.start()) + replacement + packText.substring(place.end());
        }
    }

    static List<Place> places(String file, String text) {
        List<Place> places = new ArrayList<>();
        walk(new Yaml().compose(new StringReader(text)), file, "", "", null, places);
        return places;
    }

    private static void walk(Node node, String file, String path, String key, String unit, List<Place> places) {
        if (node instanceof MappingNode mapping) {
            String own = unit;
            for (NodeTuple tuple : mapping.getValue()) {
                if (((ScalarNode) tuple.getKeyNode()).getValue().equals("unit") && tuple.getValueNode() instanceof ScalarNode u) {
                    own = u.getValue();
                }
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String name = ((ScalarNode) tuple.getKeyNode()).getValue();
                walk(tuple.getValueNode(), file, path.isEmpty() ? name : path + "." + name, name, own, places);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                Node entry = sequence.getValue().get(i);
                walk(entry, file, path + "[" + label(entry, i) + "]", key, unit, places);
            }
        } else if (node instanceof ScalarNode scalar && measures(scalar, key)) {
            places.add(new Place(file, path, key, unit, scalar.getValue(), scalar.getStartMark().getIndex(), scalar.getEndMark().getIndex()));
        }
    }

    /** An entry of a list by its code or number when it has one, else by position. */
    private static String label(Node entry, int index) {
        if (entry instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = ((ScalarNode) tuple.getKeyNode()).getValue();
                if ((name.equals("code") || name.equals("number")) && tuple.getValueNode() instanceof ScalarNode value) {
                    return value.getValue();
                }
            }
        }
        return String.valueOf(index);
    }

    private static boolean measures(ScalarNode scalar, String key) {
        if (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT)) {
            return !NAMES.contains(key);
        }
        return DATES.contains(key) && scalar.getTag().equals(Tag.TIMESTAMP) || MONTHS.contains(key);
    }

    /**
     * The slight changes of one number: 1 % down and up (a whole number of days or periods by one), and a
     * hair above a threshold, which only an observation exactly at it notices. Dates move by a day, months by one.
     */
    static List<Change> changes(Place place) {
        List<Change> changes = new ArrayList<>();
        if (MONTHS.contains(place.key())) {
            YearMonth month = YearMonth.parse(place.text());
            changes.add(new Change(place, month.minusMonths(1).toString(), "a month earlier"));
            changes.add(new Change(place, month.plusMonths(1).toString(), "a month later"));
            return changes;
        }
        if (DATES.contains(place.key())) {
            LocalDate date = LocalDate.parse(place.text());
            changes.add(new Change(place, date.minusDays(1).toString(), "a day earlier"));
            changes.add(new Change(place, date.plusDays(1).toString(), "a day later"));
            return changes;
        }
        BigDecimal value = new BigDecimal(place.text());
        if (value.signum() == 0) {
            changes.add(new Change(place, "0.01", "0.01 instead of 0"));
            return changes;
        }
        BigDecimal step = place.counted() ? BigDecimal.ONE
                : value.abs().multiply(ONE_PERCENT).max(ONE_PERCENT).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        changes.add(new Change(place, plain(value.subtract(step)), "−" + plain(step)));
        changes.add(new Change(place, plain(value.add(step)), "+" + plain(step)));
        if (place.threshold()) {
            changes.add(new Change(place, plain(value.add(BOUNDARY)), "+" + plain(BOUNDARY) + " (≥ read as >)"));
        }
        return changes;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
