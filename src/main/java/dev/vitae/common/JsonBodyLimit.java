package dev.vitae.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Holds JSON bodies sent without a {@code Content-Length} (chunked) to the same limit as
 * declared ones: {@link BodyLimits} can only refuse a length it is told up front, so this counts
 * the bytes as the body is read and answers 413 with the API's error body past the limit.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    private final BodyLimits limits; // a client proxy: providers are built before runtime configuration exists

    public JsonBodyLimit(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.getSubtype().toLowerCase().endsWith("json")) {
            context.setInputStream(new Limited(context.getInputStream(), limits.maxJsonBytes()));
        }
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw ApiException.payloadTooLarge(
                        "The request body is over the limit of " + limit + " bytes for JSON bodies.");
            }
        }
    }
}
