package dev.vitae.common;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * The clock of one HTTP/1.x connection: it closes connections whose client is too slow, and only
 * those. Installed by {@link RequestTimeouts} in place of Vert.x's idle handler, behind the HTTP
 * decoder (it sees requests, body chunks and responses), with a small companion in front of the
 * decoder that sees raw bytes (the first byte of a request head). At any moment the connection
 * is in one of four phases, each with its own limit:
 * <ul>
 * <li>a <b>head</b> is arriving (a byte of it came, the request line and headers are not all
 * there): it must be complete within {@code head-timeout} of its first byte;</li>
 * <li>a <b>body</b> is arriving: it may not pause longer than {@code body-timeout}, and once it
 * has taken that long it must have averaged {@code min-body-bytes-per-second} (a body sent one
 * byte at a time is progress, but not enough) — time the server itself stops reading (back
 * pressure) does not count;</li>
 * <li>the server is <b>answering</b>: no limit but the idle timeout (nothing read or written), so
 * a long {@code Prefer: wait} or a request waiting on a row lock is never cut;</li>
 * <li><b>idle</b> between requests (keep-alive): the idle timeout.</li>
 * </ul>
 * Past a head or body limit the client gets 408 in the API's error body when no answer to it
 * has begun, then the connection is closed. Every field is touched on the channel's event loop
 * only.
 */
final class SlowClientGuard extends ChannelDuplexHandler {

    private static final Logger LOG = Logger.getLogger(SlowClientGuard.class);

    /** The limits, and the 408 bodies rendered once. */
    record Limits(long headNanos, long bodyNanos, long minBodyBytesPerSecond, long idleNanos,
            byte[] problemTimeout, byte[] candidatesTimeout) {

        /** How often a connection looks at its clock: a tenth of the shortest limit, 50 ms–1 s. */
        long tickNanos() {
            long shortest = Math.min(headNanos, bodyNanos);
            return Math.max(TimeUnit.MILLISECONDS.toNanos(50), Math.min(TimeUnit.SECONDS.toNanos(1), shortest / 10));
        }
    }

    private final Limits limits;
    private final BytesSeen bytesSeen = new BytesSeen();
    private ChannelHandlerContext raw;
    private ScheduledFuture<?> tick;

    /** Requests read whose answer has not ended. */
    private int owed;
    /** The newest request's body is still arriving. */
    private boolean bodyOpen;
    /** No answer to the newest request has begun: a 408 can still be its answer. */
    private boolean answerable;
    private String path;
    private long bodySince;
    private long lastBodyByte;
    private long bodyBytes;
    /** When the first byte of a head not yet complete arrived; 0: none is arriving. */
    private long headSince;
    /** Last byte read or written, for the idle timeout. */
    private long lastActivity;

    /** A guard taking over a connection while its first request's body may still be arriving. */
    SlowClientGuard(Limits limits, String path, boolean bodyOpen) {
        this.limits = limits;
        long now = System.nanoTime();
        this.owed = 1;
        this.path = path;
        this.bodyOpen = bodyOpen;
        this.answerable = true;
        this.bodySince = now;
        this.lastBodyByte = now;
        this.lastActivity = now;
    }

    /** The companion that goes in front of the HTTP decoder. */
    ChannelInboundHandlerAdapter bytesSeen() {
        return bytesSeen;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        long every = limits.tickNanos();
        tick = ctx.executor().scheduleAtFixedRate(() -> check(ctx), every, every, TimeUnit.NANOSECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        stop();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        stop();
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        long now = System.nanoTime();
        if (msg instanceof HttpRequest request) {
            owed++;
            headSince = 0;
            path = request.uri();
            bodyOpen = true;
            answerable = true;
            bodySince = now;
            lastBodyByte = now;
            bodyBytes = 0;
        }
        if (msg instanceof HttpContent content) {
            bodyBytes += content.content().readableBytes();
            lastBodyByte = now;
            if (msg instanceof LastHttpContent) {
                bodyOpen = false;
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        lastActivity = System.nanoTime();
        boolean informational = msg instanceof HttpResponse response
                && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
        if (!informational) {
            if (msg instanceof HttpResponse) {
                answerable = false;
            }
            if (msg instanceof LastHttpContent && owed > 0) {
                owed--;
            }
        }
        ctx.write(msg, promise);
    }

    private void check(ChannelHandlerContext ctx) {
        long now = System.nanoTime();
        if (bodyOpen) {
            if (!ctx.channel().config().isAutoRead()) {
                // The server is not reading (back pressure): the client cannot be sending.
                bodySince = now;
                lastBodyByte = now;
                bodyBytes = 0;
                return;
            }
            long took = now - bodySince;
            boolean paused = now - lastBodyByte >= limits.bodyNanos();
            boolean trickling = took >= limits.bodyNanos() && limits.minBodyBytesPerSecond() > 0
                    && bodyBytes < limits.minBodyBytesPerSecond() * (took / 1_000_000_000.0);
            if (paused || trickling) {
                timeOut(ctx, answerable, path, paused ? "body paused" : "body too slow");
            }
        } else if (owed > 0) {
            if (now - lastActivity >= limits.idleNanos()) {
                ctx.close();
            }
        } else if (headSince != 0) {
            if (now - headSince >= limits.headNanos()) {
                timeOut(ctx, true, null, "head incomplete");
            }
        } else if (now - lastActivity >= limits.idleNanos()) {
            ctx.close();
        }
    }

    /** Ends the connection, answering 408 first when {@code answer}; {@code requestPath}: null if unknown. */
    private void timeOut(ChannelHandlerContext ctx, boolean answer, String requestPath, String why) {
        stop();
        LOG.debugf("Closing %s: %s past its limit", ctx.channel().remoteAddress(), why);
        if (!answer || raw == null) {
            ctx.close();
            return;
        }
        // Written in front of the decoder and encoder, as plain bytes: no answer is in progress.
        raw.writeAndFlush(timeoutResponse(requestPath)).addListener(ChannelFutureListener.CLOSE);
    }

    private ByteBuf timeoutResponse(String requestPath) {
        boolean candidatesApi = requestPath != null && requestPath.startsWith("/api/v1");
        byte[] body = candidatesApi ? limits.candidatesTimeout() : limits.problemTimeout();
        String type = candidatesApi ? "application/json" : ErrorBodies.PROBLEM_JSON.toString();
        String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        return Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body);
    }

    private void stop() {
        if (tick != null) {
            tick.cancel(false);
            tick = null;
        }
    }

    /** In front of the decoder: notes when a new request head begins to arrive. */
    private final class BytesSeen extends ChannelInboundHandlerAdapter {

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            raw = ctx;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            long now = System.nanoTime();
            lastActivity = now;
            if (!bodyOpen && headSince == 0) {
                headSince = now;
            }
            ctx.fireChannelRead(msg);
        }
    }
}
