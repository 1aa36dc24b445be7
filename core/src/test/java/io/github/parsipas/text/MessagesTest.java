package io.github.parsipas.text;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two messages files say the same things: every key in both, with the same placeholders. */
class MessagesTest {

    @Test
    void everyMessageIsInBothLanguagesWithTheSamePlaceholders() {
        Map<String, String> vi = Messages.all(Language.VI);
        Map<String, String> en = Messages.all(Language.EN);
        assertThat(vi.keySet()).isEqualTo(en.keySet());
        vi.forEach((key, text) -> assertThat(Template.parse(en.get(key)).names()).as(key)
                .containsExactlyInAnyOrderElementsOf(Template.parse(text).names()));
        assertThat(vi.values()).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void aMessageIsFilledInItsLanguageAndNamesAMissingValue() {
        assertThat(Messages.format("observed.countOf", Map.of("count", Template.Arg.count(2), "total", Template.Arg.count(1240)), Language.VI))
                .isEqualTo("2 trên 1.240");
        assertThat(Messages.format("observed.countOf", Map.of("count", Template.Arg.count(2), "total", Template.Arg.count(1240)), Language.EN))
                .isEqualTo("2 of 1,240");
        assertThatThrownBy(() -> Messages.text("observed.countOf", Map.of("count", Template.Arg.count(2))))
                .hasMessageContaining("{total}");
        assertThatThrownBy(() -> Messages.get("no.such.key", Language.VI)).hasMessageContaining("no.such.key");
    }
}
