package io.github.parsipas;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The receipt's input hash is the SHA-256 of the document in RFC 8785 canonical JSON: anyone can recompute it. */
class ReceiptTest {

    private static final Path JSON = Path.of("src/test/resources/receipt/small.json");
    private static final Path YAML = Path.of("src/test/resources/receipt/small.yaml");
    /** small.json (and small.yaml) canonicalised by hand: keys sorted, no whitespace, 2.50 written 2.5, non-ASCII as it is. */
    private static final String CANONICAL = "{\"asOf\":\"2025-10-31\",\"format\":\"parsipas.snapshot/1\",\"period\":{\"month\":10,\"year\":2025},"
            + "\"reported\":{\"766-T-ANNOUNCE\":2.5},\"tthc\":{\"fields\":[{\"code\":\"ho-tich\",\"name\":\"Hộ tịch\",\"received\":10,\"resolved\":9,"
            + "\"resolvedOnTime\":8}]},\"unit\":{\"id\":\"p-thu\",\"kind\":\"ward-commune\",\"leadRoles\":[],\"name\":\"Phường \\\"Thử\\\"\"}}";

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String receiptHash(Path file) throws Exception {
        String json = ReportWriter.json(Snapshots.EVALUATOR.evaluate(file));
        return new ObjectMapper().readTree(json).path("receipt").path("inputSha256").asText();
    }

    @Test
    void inputHashIsTheSha256OfTheCanonicalDocument() throws Exception {
        String expected = sha256(CANONICAL);
        assertThat(expected).isEqualTo("485b01facebfa53aabfab6e97452c304128be08bbf3442c46e177112510cd3b1"); // also: python3, json.dumps(sort_keys)
        assertThat(receiptHash(JSON)).isEqualTo(expected);
        assertThat(receiptHash(YAML)).isEqualTo(expected);
    }

    @Test
    void anotherDateKeepsTheDocumentsHashAndChangedCountsHaveNone() {
        Snapshot read = Snapshots.EVALUATOR.reader().read(JSON);
        Snapshot redated = Snapshots.EVALUATOR.reader().withAsOf(LocalDate.of(2025, 12, 31)).read(JSON);
        assertThat(redated.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(redated.inputSha256()).isEqualTo(read.inputSha256());
        assertThat(Snapshots.EVALUATOR.evaluate(redated).receipt().asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(read.withCount(Snapshots.EVALUATOR.methodology().layout().ref("tthc.fields[ho-tich].resolvedOnTime"), 9).inputSha256()).isNull();
    }

    @Test
    void anyChangeToTheDataChangesTheHash() throws Exception {
        String changed = CANONICAL.replace("\"resolvedOnTime\":8", "\"resolvedOnTime\":7");
        Snapshot read = Snapshots.EVALUATOR.reader().fromJson("changed", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(read.inputSha256()).isEqualTo(sha256(changed)).isNotEqualTo(sha256(CANONICAL));
    }
}
