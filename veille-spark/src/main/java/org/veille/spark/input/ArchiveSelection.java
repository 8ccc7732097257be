package org.veille.spark.input;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.veille.ingest.warc.ArchiveFilter;

/**
 * Which web-archive records the job reads, decided by the archive reader on the WARC headers, before
 * anything is parsed: the job's {@code --include-host}, {@code --from} and {@code --to}. Page files are
 * not filtered (they have no capture date or host to judge).
 *
 * @param hosts hosts kept, each with its subdomains; empty keeps every host
 * @param from  first capture day kept (UTC, inclusive), or null
 * @param to    last capture day kept (UTC, inclusive), or null
 */
public record ArchiveSelection(List<String> hosts, LocalDate from, LocalDate to) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Every record. */
    public static final ArchiveSelection ALL = new ArchiveSelection(List.of(), null, null);

    public ArchiveSelection {
        hosts = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
        new ArchiveFilter(new HashSet<>(hosts), from, to); // checks hosts and range when the job is set up, before any task runs (again on executors, as records deserialise)
    }

    /** The core's archive filter for this selection, as {@code veille analyze} builds it. */
    public ArchiveFilter filter() {
        return new ArchiveFilter(new HashSet<>(hosts), from, to);
    }
}
