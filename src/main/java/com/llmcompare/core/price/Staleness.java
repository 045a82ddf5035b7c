package com.llmcompare.core.price;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.llmcompare.core.calendar.PartialDates;

/**
 * When a price is stale: not checked in the {@value #STALE_AFTER_DAYS} days before the day asked
 * about. A check dated only to the month or year ("2026") is never recent: its day is not known, so
 * it is stale whatever the day (its age, counted from the end of that period, is a lower bound).
 */
public final class Staleness {

    /** Prices not checked in this many days before today are marked stale. */
    public static final int STALE_AFTER_DAYS = 180;

    private Staleness() {
    }

    /** Days from the last check to the day (a partial date counts from its end: at least); never negative. */
    public static long daysSinceChecked(String lastChecked, LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(PartialDates.latest(lastChecked), day));
    }

    public static boolean isStale(String lastChecked, LocalDate day) {
        return isPartial(lastChecked) || daysSinceChecked(lastChecked, day) > STALE_AFTER_DAYS;
    }

    /** "2026" or "2026-03": the day of the check is not known. */
    public static boolean isPartial(String date) {
        return date.length() < 10;
    }
}
