package com.llmcompare.core.model;

import java.time.LocalDate;

import com.llmcompare.core.calendar.PartialDates;

/**
 * Where a model stands on a day, with the source that says so: available; deprecated (its shutdown
 * date, when announced, still ahead); or retired (shut down on or before the day). The data set records
 * what the vendor announced ({@code lifecycle.status} and {@code date}); the day decides which of the
 * three it is, so a shutdown announced for later reads "deprecated" until that day and "retired" after.
 *
 * @param stage where the model stands on the day
 * @param date the shutdown (or retirement) date the vendor announced, or null
 * @param text what the source says, in a sentence
 * @param sourceId the source of the status
 * @param quote the source's words, or null
 * @param announced when the vendor announced the deprecation, or null
 * @param successor the replacement the vendor names (a slug of the data set, or its name), or null
 * @param unverified no vendor page says so: {@code text} tells what was found instead
 */
public record Lifecycle(Stage stage, String date, String text, String sourceId, String quote, String announced,
        String successor, boolean unverified) {

    public enum Stage {
        AVAILABLE("available"), DEPRECATED("deprecated"), RETIRED("retired");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        /** The word the pages, JSON and CSV use: "available", "deprecated", "retired". */
        public String label() {
            return label;
        }
    }

    /**
     * @param status the data set's status: "available", "deprecated" or "retired"
     * @param date the announced shutdown date, or null
     */
    public static Lifecycle on(LocalDate day, String status, String date, String text, String sourceId,
            String quote) {
        return on(day, status, date, text, sourceId, quote, null, null, false);
    }

    public static Lifecycle on(LocalDate day, String status, String date, String text, String sourceId, String quote,
            String announced, String successor, boolean unverified) {
        return new Lifecycle(stage(day, status, date), date, text, sourceId, quote, announced, successor, unverified);
    }

    static Stage stage(LocalDate day, String status, String date) {
        boolean shutDownByThen = date != null && !PartialDates.earliest(date).isAfter(day);
        return switch (status) {
            case "retired", "deprecated" -> date == null ? ("retired".equals(status) ? Stage.RETIRED : Stage.DEPRECATED)
                    : shutDownByThen ? Stage.RETIRED : Stage.DEPRECATED;
            case "available" -> Stage.AVAILABLE;
            default -> throw new IllegalArgumentException("lifecycle status must be available, deprecated or retired, was "
                    + status);
        };
    }

    public boolean isRetired() {
        return stage == Stage.RETIRED;
    }

    public boolean isAvailable() {
        return stage == Stage.AVAILABLE;
    }

    /** "available", "deprecated" or "retired". */
    public String label() {
        return stage.label();
    }

    /** "retired 2026-10-23", "deprecated, shutdown 2027-01-05", "deprecated", "available". */
    public String summary() {
        if (date == null) {
            return label();
        }
        return stage == Stage.RETIRED ? "retired " + date : stage == Stage.DEPRECATED ? "deprecated, shutdown " + date : label();
    }
}
