package dev.vitae.candidate;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;

import dev.vitae.common.ApiException;
import dev.vitae.common.VitaeConfig;

/**
 * Signed, expiring links to a candidate's résumé file, usable without an API key:
 * {@code base64url(candidate public id : file id : expiry) . base64url(HMAC-SHA256)}.
 * A tampered token → 403, an expired one → 410.
 */
@ApplicationScoped
public class ResumeLinks {

    public static final String PATH = "/api/v1/resume-files/";
    private static final Logger LOG = Logger.getLogger(ResumeLinks.class);

    /** What a valid token grants: this file of this candidate. */
    public record Grant(UUID candidatePublicId, UUID fileId) {
    }

    private final byte[] secret;
    private final Duration ttl;

    public ResumeLinks(VitaeConfig config) {
        this.ttl = config.candidates().resumeLinkTtl();
        this.secret = config.candidates().signingSecret().filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    LOG.warn("vitae.candidates.signing-secret is not set: résumé links are signed with a random "
                            + "secret and stop working when this process restarts (and on other replicas)");
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
    }

    public String token(UUID candidatePublicId, UUID fileId, Instant now) {
        long expires = now.plus(ttl).getEpochSecond();
        String payload = candidatePublicId + ":" + fileId + ":" + expires;
        return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(sign(payload));
    }

    public Grant verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 2) {
            throw forbidden();
        }
        String payload;
        byte[] signature;
        try {
            payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            signature = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw forbidden();
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw forbidden();
        }
        String[] fields = payload.split(":");
        if (fields.length != 3) {
            throw forbidden();
        }
        if (Long.parseLong(fields[2]) < now.getEpochSecond()) {
            throw new ApiException(410, "link_expired", "This résumé link has expired; fetch the candidate again for a fresh one.");
        }
        return new Grant(UUID.fromString(fields[0]), UUID.fromString(fields[1]));
    }

    private static ApiException forbidden() {
        return new ApiException(403, "forbidden", "This résumé link is not valid.");
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
