package org.canopy.platform.api.paging;

import java.util.List;

/**
 * One page of a longer list: its {@code items}, the {@link PageRequest} that chose them and the
 * {@code total} number of rows, so a page can say "21 to 40 of 57" and link to its neighbours
 * (the kit's {@code kit/pagination.jte}).
 */
public record Page<T>(List<T> items, PageRequest request, long total) {

    public Page {
        items = List.copyOf(items);
        if (total < 0) {
            throw new IllegalArgumentException("total " + total);
        }
    }

    /** The page {@code request} chooses of a list already in memory. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), request, all.size());
    }

    public boolean hasPrevious() {
        return request.offset() > 0;
    }

    public boolean hasNext() {
        return (long) request.offset() + items.size() < total;
    }

    /** The offset of the previous page (0 at the start). */
    public int previousOffset() {
        return Math.max(0, request.offset() - request.limit());
    }

    /** The offset of the next page. */
    public int nextOffset() {
        return request.offset() + request.limit();
    }

    /** The position of the first item shown, counting from 1 (0 for an empty page). */
    public long firstShown() {
        return items.isEmpty() ? 0 : request.offset() + 1L;
    }

    /** The position of the last item shown. */
    public long lastShown() {
        return (long) request.offset() + items.size();
    }
}
