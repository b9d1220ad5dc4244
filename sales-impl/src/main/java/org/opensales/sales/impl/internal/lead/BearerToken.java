package org.opensales.sales.impl.internal.lead;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The configured bearer token, compared in constant time: both sides are hashed first, so neither
 * the content nor the length of the expected token shows in the time a comparison takes.
 */
final class BearerToken {

    private static final String PREFIX = "Bearer ";

    private final byte[] expectedHash;

    BearerToken(String token) {
        String value = token == null ? "" : token.strip();
        this.expectedHash = value.isEmpty() ? new byte[0] : sha256(value);
    }

    /** @return true when a token is configured */
    boolean configured() {
        return expectedHash.length > 0;
    }

    /**
     * @param authorization the request's {@code Authorization} header, possibly null
     * @return true when it carries the configured token
     */
    boolean accepts(String authorization) {
        if (!configured() || authorization == null
                || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash, sha256(authorization.substring(PREFIX.length()).strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
