package com.llmcompare.core.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates as the data set writes them ("2023", "2023-06", "2023-06-14"), read as days. A date given
 * only to the year or month counts from the end of that period when asking how old something is,
 * and from its start when asking whether it has begun.
 */
public final class PartialDates {

    private PartialDates() {
    }

    /** The last day the date can mean: "2023" → 2023-12-31. */
    public static LocalDate latest(String date) {
        if (date.length() == 4) {
            return LocalDate.of(Integer.parseInt(date), 12, 31);
        }
        if (date.length() == 7) {
            return YearMonth.parse(date).atEndOfMonth();
        }
        return LocalDate.parse(date);
    }

    /** The first day the date can mean: "2023" → 2023-01-01. */
    public static LocalDate earliest(String date) {
        if (date.length() == 4) {
            return LocalDate.of(Integer.parseInt(date), 1, 1);
        }
        if (date.length() == 7) {
            return YearMonth.parse(date).atDay(1);
        }
        return LocalDate.parse(date);
    }
}
