package io.github.parsipas.report;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.snapshot.Period;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report's machine words in people's words: unit kinds, periods, and what is not confirmed behind a
 * finding ({@code target: provisional} → {@code tạm tính: ngưỡng}). The JSON keeps the machine words.
 */
final class Wording {

    private Wording() {
    }

    /** A number without trailing zeros, e.g. points: {@code 0,95}, {@code 2}. */
    static String number(BigDecimal value, Language language) {
        return language.number(value.stripTrailingZeros());
    }

    /** A unit kind for people: {@code ward-commune} → {@code phường, xã}; a kind the messages do not name, as it is. */
    static String kind(String code, Language language) {
        String key = "kind." + code;
        return Messages.all(language).containsKey(key) ? Messages.get(key, language) : code;
    }

    /** A period label for people ({@link Period#describe}); a label that is not a period, as it is. */
    static String period(String label, Language language) {
        return Period.parse(label).map(p -> p.describe(language)).orElse(label);
    }

    /**
     * What is not confirmed behind a finding, by status: {@code tạm tính: cách chấm, ngưỡng, điểm tối đa}.
     * An entry {@code basis: …} (a yearly criterion on one period's data) reads as such.
     */
    static String unconfirmed(List<Unconfirmed> entries, Language language) {
        Map<Status, List<String>> byStatus = new TreeMap<>();
        List<String> other = new java.util.ArrayList<>();
        for (Unconfirmed entry : entries) {
            if (entry.value().equals("basis")) {
                other.add(Messages.get("unconfirmed.onePeriod", language));
                continue;
            }
            String key = "unconfirmed." + entry.value();
            String words = Messages.get(Messages.all(language).containsKey(key) ? key : "unconfirmed.other", language);
            if (entry.status() == null) {
                other.add(words);
            } else {
                List<String> list = byStatus.computeIfAbsent(entry.status(), s -> new java.util.ArrayList<>());
                if (!list.contains(words)) {
                    list.add(words);
                }
            }
        }
        Map<String, String> parts = new LinkedHashMap<>();
        byStatus.forEach((status, names) -> parts.put(status.label(language), String.join(", ", names)));
        List<String> out = new java.util.ArrayList<>();
        parts.forEach((status, names) -> out.add(status + ": " + names));
        out.addAll(other);
        return String.join("; ", out);
    }
}
