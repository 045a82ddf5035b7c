package com.llmcompare.cost;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.llmcompare.core.price.Price;
import com.llmcompare.core.price.PriceDates;

/**
 * How old a price is: the days from the date it was last checked to today. A date given only to the
 * year or month ("2023", "2023-06") counts from the end of that period, so the age is a lower bound
 * ("at least … days").
 */
public record PriceAge(long days, boolean atLeast) {

    /** Prices checked longer ago than this are flagged with their age: the site's one staleness rule. */
    public static final int OLD_AFTER_DAYS = Price.STALE_AFTER_DAYS;

    public static PriceAge of(String date, LocalDate today) {
        Require.present(date, "date");
        Require.present(today, "today");
        if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD, was " + date);
        }
        LocalDate checked = PriceDates.latest(date);
        boolean partial = date.length() < 10;
        return new PriceAge(Math.max(0, ChronoUnit.DAYS.between(checked, today)), partial);
    }

    public boolean isOld() {
        return days > OLD_AFTER_DAYS;
    }

    /** E.g. "1,058 days old" or "at least 1,058 days old". */
    public String text() {
        return (atLeast ? "at least " : "") + String.format(java.util.Locale.US, "%,d", days) + " days old";
    }
}
