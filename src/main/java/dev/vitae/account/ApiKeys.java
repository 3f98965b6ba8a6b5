package dev.vitae.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import dev.vitae.common.Hashes;

/** Makes and hashes API key secrets: {@code vk_} followed by 32 random bytes, base64url. */
public final class ApiKeys {

    static final String SCHEME = "vk_";
    /** How much of a key stays visible (in listings and logs) to tell keys apart. */
    static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String prefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
    }

    public static String hash(String secret) {
        return Hashes.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares secrets in time independent of where they differ. */
    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
