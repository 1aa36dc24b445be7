package io.github.parsipas.snapshot;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A period's label, read back by {@link Period#parse}, padded and unaffected by the machine's locale. */
class PeriodTest {

    @Test
    void labelsArePaddedAndReadBack() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG")); // a locale with its own digits
            assertThat(new Period(2025, 3, null, null).label()).isEqualTo("2025-03");
            assertThat(new Period(2025, 10, null, null).label()).isEqualTo("2025-10");
            assertThat(new Period(2026, null, 1, null).label()).isEqualTo("2026-Q1");
            assertThat(new Period(2025, null, null, 5).label()).isEqualTo("2025-W05");
            assertThat(new Period(2025, null, null, 43).label()).isEqualTo("2025-W43");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(Period.parse("2025-W05")).contains(new Period(2025, null, null, 5));
        assertThat(Period.parse("2025-03")).contains(new Period(2025, 3, null, null));
    }
}
