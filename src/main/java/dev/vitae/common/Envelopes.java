package dev.vitae.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The candidates API's envelopes: {@code {"data": ...}} and paginated lists. */
public final class Envelopes {

    private Envelopes() {
    }

    @RegisterForReflection
    public record Data<T>(@Schema(required = true) T data) {
    }

    @RegisterForReflection
    public record Pagination(@Schema(required = true) boolean hasMore,
            @Schema(required = true, nullable = true, description = "null on the last page") String nextCursor) {
    }

    @RegisterForReflection
    public record Page<T>(@Schema(required = true) List<T> data, @Schema(required = true) Pagination pagination) {
    }

    /**
     * A page from {@code limit + 1} fetched rows: the extra row only tells that there is more.
     */
    public static <E, T> Page<T> page(List<E> rows, int limit, Function<E, Cursors.Position> position, String filters,
            Function<E, T> view) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursors.encode(position.apply(shown.get(shown.size() - 1)), filters) : null;
        return new Page<>(shown.stream().map(view).toList(), new Pagination(more, next));
    }

    /** The page size from a {@code limit} parameter: 1–100, default 25. */
    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 25;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= 100) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidField("limit", "must be a whole number from 1 to 100");
    }
}
