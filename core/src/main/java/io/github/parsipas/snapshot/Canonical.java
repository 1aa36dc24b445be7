package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * A JSON tree in the JSON Canonicalization Scheme (RFC 8785), and its SHA-256: what the receipt's
 * {@code inputSha256} is, so that anyone can recompute it from the document without this library.
 * Written here rather than taken from a library to keep the runtime to Jackson and to hash without a copy of the text;
 * the tests hold it to the RFC's own examples and to an independent implementation.
 */
final class Canonical {

    private static final int FLUSH_AT = 8192;
    /** Integers below this are exact as doubles, and ECMAScript prints them as their digits. */
    private static final double EXACT_INTEGERS = 9007199254740992d;

    private Canonical() {
    }

    /** The hex SHA-256 of the tree's canonical form in UTF-8. */
    static String sha256(JsonNode tree) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder out = new StringBuilder();
        write(tree, out, digest);
        flush(out, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The canonical form as text. */
    static String text(JsonNode tree) {
        StringBuilder out = new StringBuilder();
        write(tree, out, null);
        return out.toString();
    }

    /** Writes {@code node}, handing full chunks to {@code digest} (when there is one) between tokens, so a surrogate pair is never split. */
    private static void write(JsonNode node, StringBuilder out, MessageDigest digest) {
        if (digest != null && out.length() >= FLUSH_AT) {
            flush(out, digest);
        }
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                names.sort(null); // String order is UTF-16 code-unit order, the one RFC 8785 sorts by
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names.get(i), out);
                    out.append(':');
                    write(node.get(names.get(i)), out, digest);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                Iterator<JsonNode> elements = node.elements();
                for (int i = 0; elements.hasNext(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(elements.next(), out, digest);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(node.doubleValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
        }
    }

    private static void flush(StringBuilder out, MessageDigest digest) {
        digest.update(out.toString().getBytes(StandardCharsets.UTF_8));
        out.setLength(0);
    }

    /** A string as ECMAScript's JSON.stringify writes it: only the quote, the backslash and control characters escaped. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean lone = Character.isHighSurrogate(c) ? i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone) { // a lone surrogate as well-formed JSON.stringify writes it: UTF-8 cannot carry it
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * A number as ECMAScript's Number.prototype.toString writes the nearest double: the fewest significant
     * digits that read back as the same double (the closest of them when several do), in plain notation
     * from 1e-6 up to 1e21 and as {@code d.ddde±n} outside.
     */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a JSON number: " + d);
        }
        if (d == 0) {
            return "0"; // and −0 too
        }
        if (d < 0) {
            return "-" + number(-d);
        }
        if (d < EXACT_INTEGERS && d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // d = 0.digits × 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int e = n - 1;
        String exponent = "e" + (e < 0 ? "-" : "+") + Math.abs(e);
        return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
    }

    /** The fewest-digit decimal that reads back as {@code d}, without trailing zeros; of two equally near, the even one. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            // Below a power of two the doubles are twice as dense, so the nearest candidate may miss while its neighbour reads back.
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-nearest.scale());
            BigDecimal best = null;
            for (BigDecimal candidate : List.of(nearest, nearest.subtract(unit), nearest.add(unit))) {
                if (candidate.signum() > 0 && candidate.doubleValue() == d && (best == null || closer(candidate, best, exact))) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("no 17-digit decimal reads back as " + d); // every double has one
    }

    private static boolean closer(BigDecimal a, BigDecimal b, BigDecimal exact) {
        int order = a.subtract(exact).abs().compareTo(b.subtract(exact).abs());
        return order < 0 || order == 0 && !a.unscaledValue().testBit(0);
    }
}
