package com.llmcompare.core.price;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How old a price is: the days from the date it was last checked to the day asked about. A date given
 * only to the year or month ("2023", "2023-06") counts from the end of that period, so the age is a lower
 * bound ("at least … days"). Whether that is old is {@link Staleness}'s rule.
 */
public record PriceAge(long days, boolean atLeast) {

    /** Prices checked longer ago than this are flagged with their age: the site's one staleness rule. */
    public static final int OLD_AFTER_DAYS = Staleness.STALE_AFTER_DAYS;

    public static PriceAge of(String date, LocalDate today) {
        if (date == null || today == null) {
            throw new IllegalArgumentException((date == null ? "date" : "today") + " is required");
        }
        if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD, was " + date);
        }
        return new PriceAge(Staleness.daysSinceChecked(date, today), date.length() < 10);
    }

    /** Old by {@link Staleness}'s rule: checked too long ago, or on a day not known. */
    public boolean isOld() {
        return atLeast || days > OLD_AFTER_DAYS;
    }

    /** E.g. "1,058 days old", "at least 1,058 days old", or "day of the check not known" for this month or year. */
    public String text() {
        if (atLeast && days == 0) {
            return "day of the check not known";
        }
        return (atLeast ? "at least " : "") + String.format(Locale.US, "%,d", days) + " days old";
    }
}
