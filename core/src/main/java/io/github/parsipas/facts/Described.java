package io.github.parsipas.facts;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * How facts describe themselves (messages {@code fact.*}). The English description is the trace of the JSON report,
 * which programs and fixtures read: plain numbers and ISO dates. In Vietnamese, for people reading {@code explain},
 * numbers and dates are written as the language writes them.
 */
final class Described {

    private Described() {
    }

    static String format(String key, Map<String, Arg> values, Language language) {
        return Messages.format("fact." + key, values, language);
    }

    static Arg number(BigDecimal number) {
        return language -> language == Language.EN ? number.toPlainString() : language.number(number);
    }

    static Arg count(long count) {
        return language -> language == Language.EN ? Long.toString(count) : language.number(count);
    }

    static Arg date(LocalDate date) {
        return language -> language == Language.EN ? date.toString() : language.date(date);
    }

    static Arg verbatim(String text) {
        return Arg.verbatim(text);
    }
}
