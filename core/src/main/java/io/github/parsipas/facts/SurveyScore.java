package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A SIPAS satisfaction percentage: of a question, an element (mean of its questions), a part (mean of
 * its elements or policy groups) or the index (mean of the two parts).
 *
 * @param measure     the survey section it stands for, e.g. {@code sipas.service.access}
 * @param level       {@code question}, {@code element}, {@code group}, {@code part} or {@code index}
 * @param code        e.g. {@code access}, {@code service}, {@code sipas}
 * @param respondents the fewest answers to any question behind the figure
 */
public record SurveyScore(String measure, String level, String code, BigDecimal exactPercent, long respondents, String path) implements Share {

    public BigDecimal percent() {
        return exactPercent.setScale(2, RoundingMode.HALF_UP);
    }

    /** Enough answers to rank or judge it: at least {@code minimum} respondents. */
    public boolean isReliable(BigDecimal minimum) {
        return BigDecimal.valueOf(respondents).compareTo(minimum) >= 0;
    }

    @Override
    public boolean isBelow(BigDecimal threshold) {
        return exactPercent.compareTo(threshold) < 0;
    }

    @Override
    public String observed() {
        return percent().toPlainString() + "% (" + respondents + " respondents at least)";
    }

    @Override
    public String scope() {
        return code;
    }

    @Override
    public String describe(Language language) {
        return Described.format("survey", java.util.Map.of("level", io.github.parsipas.text.Messages.arg("fact.level." + level), "code", Described.verbatim(code),
                "path", Described.verbatim(path), "percent", Described.number(percent()), "respondents", Described.count(respondents)), language);
    }
}
