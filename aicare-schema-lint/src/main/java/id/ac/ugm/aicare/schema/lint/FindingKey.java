package id.ac.ugm.aicare.schema.lint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What identifies a finding across runs: its file, rule and message, but not its line, which moves
 * whenever a statement is added above it. Findings with the same key in one file are told apart by
 * their order. The findings baseline and the fingerprints of the CI reports both rest on this key.
 *
 * @param file    the file with forward slashes
 * @param rule    the rule's name
 * @param message the message
 */
public record FindingKey(String file, String rule, String message) {

    public static FindingKey of(Finding finding) {
        return of(finding, finding.file().toString());
    }

    /** The key of {@code finding} with its file written as {@code file}, e.g. relative to a baseline file. */
    public static FindingKey of(Finding finding, String file) {
        return new FindingKey(file.replace('\\', '/'), finding.rule(), finding.message());
    }

    /**
     * A stable fingerprint per finding, in the order of {@code findings}: a SHA-256 of the key and of
     * how many findings with the same key came before it.
     */
    public static List<String> fingerprints(List<Finding> findings) {
        Map<FindingKey, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            FindingKey key = of(finding);
            int occurrence = seen.merge(key, 1, Integer::sum);
            fingerprints.add(sha256(key.file() + '\0' + key.rule() + '\0' + key.message() + '\0' + occurrence));
        }
        return fingerprints;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
