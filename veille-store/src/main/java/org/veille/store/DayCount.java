package org.veille.store;

import java.time.LocalDate;

/** One bar of the date histogram: documents published that day. */
public record DayCount(LocalDate day, long count) {
}
