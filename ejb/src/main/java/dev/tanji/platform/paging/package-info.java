/**
 * Lists read a page at a time by keyset: each page is the rows after the last one the client saw, in a fixed total
 * order, found with a WHERE on the sort key (never OFFSET, so a page costs the same however deep it is, and rows
 * added meanwhile neither repeat nor vanish). The client holds an opaque {@link dev.tanji.platform.paging.Cursor};
 * {@link dev.tanji.platform.paging.PageRequest} caps how many rows one request reads.
 */
package dev.tanji.platform.paging;
