package com.llmcompare.core.price;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.llmcompare.core.calendar.PartialDates;

/** When a price is stale: not checked in the {@value #STALE_AFTER_DAYS} days before the day asked about. */
public final class Staleness {

    /** Prices not checked in this many days before today are marked stale. */
    public static final int STALE_AFTER_DAYS = 180;

    private Staleness() {
    }

    /** Days from the last check to the day (a date given to the month counts from its end); never negative. */
    public static long daysSinceChecked(String lastChecked, LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(PartialDates.latest(lastChecked), day));
    }

    public static boolean isStale(String lastChecked, LocalDate day) {
        return daysSinceChecked(lastChecked, day) > STALE_AFTER_DAYS;
    }
}
