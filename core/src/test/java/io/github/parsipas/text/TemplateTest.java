package io.github.parsipas.text;

import io.github.parsipas.text.Template.Arg;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pack messages: placeholders found once, values substituted as they are, numbers and dates per language. */
class TemplateTest {

    private static final Template TEMPLATE = Template.parse("Văn bản \"{subject}\": {observed}, hạn {due}.");

    @Test
    void valuesGoInAsTheyAreAndAreNeverReadAsPlaceholders() {
        Map<String, Arg> values = Map.of("subject", Arg.verbatim("{due} khoản 2.3 Điều 1.5"),
                "observed", Arg.percent(new BigDecimal("97.90")), "due", Arg.date(LocalDate.of(2025, 12, 31)));
        assertThat(TEMPLATE.render(values, Language.VI)).isEqualTo("Văn bản \"{due} khoản 2.3 Điều 1.5\": 97,90%, hạn 31/12/2025.");
        assertThat(TEMPLATE.render(values, Language.EN)).isEqualTo("Văn bản \"{due} khoản 2.3 Điều 1.5\": 97.90%, hạn 2025-12-31.");
    }

    @Test
    void aMalformedTemplateFailsWhenItIsParsedNotWhenAReportIsWritten() {
        assertThatThrownBy(() -> Template.parse("{observed} of {max")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at character 14");
        assertThatThrownBy(() -> Template.parse("{ observed }")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Template.parse("max} points")).hasMessageContaining("closing brace");
        assertThat(Template.parse("{a}{b} and {a}").names()).containsExactly("a", "b", "a");
    }

    @Test
    void aPlaceholderWithoutAValueIsNamed() {
        assertThatThrownBy(() -> TEMPLATE.render(Map.of("subject", Arg.verbatim("x")), Language.EN))
                .hasMessageContaining("{observed}");
        // In both languages the check is made when the text is built, though each language is written when first read.
        assertThatThrownBy(() -> Template.render(new Text("{subject}: {observed}", "{subject}"), Map.of("subject", Arg.verbatim("x"))))
                .hasMessageContaining("{observed}");
    }

    @Test
    void aRenderedTextIsWrittenOncePerLanguageWhenFirstReadAndEqualsTheSameWords() {
        int[] calls = new int[1];
        Arg counted = language -> {
            calls[0]++;
            return language == Language.VI ? "1.234 hồ sơ" : "1,234 dossiers";
        };
        Text text = Template.render(new Text("Có {n}.", "There are {n}."), Map.of("n", counted));
        assertThat(calls[0]).isZero();
        assertThat(text.en()).isEqualTo("There are 1,234 dossiers.");
        assertThat(text.en()).isEqualTo("There are 1,234 dossiers.");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(text).isEqualTo(new Text("Có 1.234 hồ sơ.", "There are 1,234 dossiers.")).hasSameHashCodeAs(new Text("Có 1.234 hồ sơ.", "There are 1,234 dossiers."));
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void numbersKeepTheirOwnDecimalsAndPlainDropsTrailingZeros() {
        assertThat(Arg.number(new BigDecimal("90.00")).in(Language.VI)).isEqualTo("90,00");
        assertThat(Arg.plain(new BigDecimal("90.00")).in(Language.VI)).isEqualTo("90");
        assertThat(Arg.plain(new BigDecimal("0.750")).in(Language.EN)).isEqualTo("0.75");
        assertThat(Arg.count(58_800_000).in(Language.VI)).isEqualTo("58.800.000");
        assertThat(Arg.count(58_800_000).in(Language.EN)).isEqualTo("58,800,000");
        assertThat(Arg.count(999).in(Language.VI)).isEqualTo("999");
        assertThat(Arg.count(1000).in(Language.VI)).isEqualTo("1.000");
        assertThat(Arg.count(-1234567).in(Language.VI)).isEqualTo("-1.234.567");
        assertThat(Arg.count(0).in(Language.EN)).isEqualTo("0");
        assertThat(Arg.number(new BigDecimal("-12345.678")).in(Language.VI)).isEqualTo("-12.345,678");
        assertThat(Arg.number(new BigDecimal("-12345.678")).in(Language.EN)).isEqualTo("-12,345.678");
        assertThat(Arg.join("≥ ", Arg.plain(new BigDecimal("97.5")), "%").both()).isEqualTo(new Text("≥ 97,5%", "≥ 97.5%"));
    }
}
