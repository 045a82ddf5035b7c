package com.llmcompare.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DataFreshnessTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aPriceCheckOlderThanTheDaysAllowedIsStaleByItsAge() {
        // the data set's newest check, 2026-08-13: 112 days before 2026-12-03
        assertThat(DataFreshness.staleByDays("2026-08-13", TODAY, 30)).contains(112L);
        assertThat(DataFreshness.staleByDays("2026-08-13", TODAY, 112)).isEmpty();
        assertThat(DataFreshness.staleByDays("2026-08-13", TODAY, 111)).contains(112L);
        assertThat(DataFreshness.staleByDays("2026-12-03", TODAY, 0)).isEmpty();
    }

    @Test
    void aMonthOrAYearCountsFromItsLastDayAndNoDateIsNoNotice() {
        // 2026-11 ends on the 30th: 3 days
        assertThat(DataFreshness.staleByDays("2026-11", TODAY, 2)).contains(3L);
        assertThat(DataFreshness.staleByDays("2025", TODAY, 30)).contains(337L);
        assertThat(DataFreshness.staleByDays(null, TODAY, 30)).isEmpty();
        assertThat(DataFreshness.staleByDays(" ", TODAY, 30)).isEmpty();
    }
}
