package dev.tanji.platform.paging;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;

/**
 * A list query read a page at a time: two statements per page, whatever its size. One counts the rows the filters
 * select (unless the request asks for no count); the other reads {@code first + 1} rows after the cursor in key
 * order (the extra row only tells whether a next page exists).
 *
 * @param type what {@code select} returns: an entity, or a record built by a JPQL constructor expression
 * @param select e.g. {@code "select c"}
 * @param from the FROM clause with its joins, e.g. {@code "from CompanyEntity c"}
 * @param count what to count, e.g. {@code "count(c)"}
 * @param sortKey the values of a returned row's key, in the keyset's column order
 */
public record KeysetQuery<R>(Class<R> type, String select, String from, String count, Keyset keyset,
        Function<? super R, List<?>> sortKey) {

    public Page<R> page(EntityManager em, Conditions filters, PageRequest request) {
        long total = request.counted()
                ? filters.bind(em.createQuery("select " + count + " " + from + filters.jpql(), Long.class))
                        .getSingleResult()
                : -1;
        if (total == 0 && request.after() == null) {
            return new Page<>(List.of(), false, null, 0);
        }
        Conditions paged = filters.copy();
        if (request.after() != null) {
            keyset.after(request.after(), paged);
        }
        List<R> rows = paged.bind(em.createQuery(select + " " + from + paged.jpql() + keyset.orderBy(), type))
                .setMaxResults(request.first() + 1)
                .getResultList();
        boolean more = rows.size() > request.first();
        List<R> nodes = more ? rows.subList(0, request.first()) : rows;
        String endCursor = nodes.isEmpty() ? null : keyset.cursor(sortKey.apply(nodes.get(nodes.size() - 1)));
        return new Page<>(nodes, more, endCursor, total);
    }
}
