package com.llmcompare.core.dataset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Whether the data set's prices are fresh enough to show without a notice: the newest price check, a day
 * ({@code YYYY-MM-DD}, or a month or year counted from its last day), against today and the days allowed.
 */
public final class DataFreshness {

    private DataFreshness() {
    }

    /**
     * The days since the newest price check, when more than {@code maxAgeDays}; empty when fresh or undated.
     */
    public static Optional<Long> staleByDays(String pricesAsOf, LocalDate today, int maxAgeDays) {
        if (pricesAsOf == null || pricesAsOf.isBlank()) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(lastDay(pricesAsOf), today);
        return days > maxAgeDays ? Optional.of(days) : Optional.empty();
    }

    private static LocalDate lastDay(String date) {
        String[] parts = date.split("-");
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return LocalDate.of(year, 12, 31);
        }
        int month = Integer.parseInt(parts[1]);
        if (parts.length == 2) {
            return LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
        }
        return LocalDate.of(year, month, Integer.parseInt(parts[2]));
    }
}
