package org.veille.ingest.warc;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which archive records to read, decided on the WARC headers alone, before the payload is parsed
 * or decoded: the cheapest place to drop what a study does not need.
 *
 * @param hosts hosts to keep, each with all its subdomains ({@code example.org} keeps
 *              {@code www.example.org}); empty keeps every host
 * @param from  first capture day kept (UTC, inclusive), or null
 * @param to    last capture day kept (UTC, inclusive), or null
 */
public record ArchiveFilter(Set<String> hosts, LocalDate from, LocalDate to) {

    /** Keeps every record. */
    public static final ArchiveFilter NONE = new ArchiveFilter(Set.of(), null, null);

    public ArchiveFilter {
        TreeSet<String> normalised = new TreeSet<>();
        for (String host : hosts) {
            String h = normaliseHost(host);
            if (h.isEmpty()) {
                throw new IllegalArgumentException("empty host in the host filter");
            }
            normalised.add(h);
        }
        hosts = Set.copyOf(normalised);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** True when this filter keeps every record. */
    public boolean keepsAll() {
        return hosts.isEmpty() && from == null && to == null;
    }

    /**
     * Why a record with this target URI and capture date is excluded, if it is. A record whose host
     * or date cannot be read is excluded only when that part of the filter is set.
     */
    Optional<SkipReason> exclude(String targetUri, Instant captured) {
        if (!hosts.isEmpty() && !keepsHost(hostOf(targetUri))) {
            return Optional.of(SkipReason.HOST);
        }
        if (from != null || to != null) {
            if (captured == null) {
                return Optional.of(SkipReason.DATE);
            }
            LocalDate day = LocalDate.ofInstant(captured, ZoneOffset.UTC);
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                return Optional.of(SkipReason.DATE);
            }
        }
        return Optional.empty();
    }

    boolean keepsHost(String host) {
        if (host == null) {
            return false;
        }
        String h = normaliseHost(host);
        for (String kept : hosts) {
            if (h.equals(kept) || h.endsWith("." + kept)) {
                return true;
            }
        }
        return false;
    }

    private static String hostOf(String uri) {
        try {
            return URI.create(uri.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normaliseHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
