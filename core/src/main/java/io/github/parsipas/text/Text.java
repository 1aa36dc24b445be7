package io.github.parsipas.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Text for people, in Vietnamese and English. A text built from a message and its values ({@link #rendered}) is
 * written in each language on first use: an evaluation makes a hundred of them, and a what-if, a batch's league
 * table or a report in one language reads few or one language of them. Immutable to its users; safe to share.
 */
@JsonPropertyOrder({"vi", "en"})
public final class Text {

    // Written once per language; a race renders the same string twice, and a String is safely published.
    private @Nullable String vi;
    private @Nullable String en;
    private final @Nullable Function<Language, String> render;

    @JsonCreator
    public Text(@JsonProperty("vi") String vi, @JsonProperty("en") String en) {
        this.vi = Objects.requireNonNull(vi, "vi");
        this.en = Objects.requireNonNull(en, "en");
        this.render = null;
    }

    private Text(Function<Language, String> render) {
        this.render = render;
    }

    /** The same words in both languages: a citation ({@code "KH 109, II.1.3"}), a code, a name from the input. */
    public static Text same(String text) {
        return new Text(text, text);
    }

    /** A text written in each language when it is first read; {@code render} must not fail (check its values before). */
    public static Text rendered(Function<Language, String> render) {
        return new Text(Objects.requireNonNull(render, "render"));
    }

    @JsonProperty("vi")
    public String vi() {
        if (vi == null) {
            vi = Objects.requireNonNull(render.apply(Language.VI), "vi");
        }
        return vi;
    }

    @JsonProperty("en")
    public String en() {
        if (en == null) {
            en = Objects.requireNonNull(render.apply(Language.EN), "en");
        }
        return en;
    }

    public String in(Language language) {
        return language == Language.VI ? vi() : en();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Text text && vi().equals(text.vi()) && en().equals(text.en());
    }

    @Override
    public int hashCode() {
        return 31 * vi().hashCode() + en().hashCode();
    }

    @Override
    public String toString() {
        return "Text[vi=" + vi() + ", en=" + en() + "]";
    }
}
