package com.llmcompare.core.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StalenessTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aPriceIsStaleOnceMoreThan180DaysHavePassedSinceItsLastCheck() {
        assertThat(Staleness.isStale("2026-05-27", TODAY)).isFalse();
        assertThat(Staleness.daysSinceChecked("2026-05-27", TODAY)).isEqualTo(180);
        assertThat(Staleness.isStale("2026-05-26", TODAY)).isTrue();
    }

    @Test
    void aPartialDateCountsFromTheEndOfItsPeriodAndAFutureCheckIsNoAge() {
        assertThat(Staleness.daysSinceChecked("2026-06", TODAY)).isEqualTo(146);
        assertThat(Staleness.daysSinceChecked("2026", TODAY)).isZero();
        assertThat(Staleness.daysSinceChecked("2026-12-01", TODAY)).isZero();
    }

    @Test
    void aCheckDatedOnlyToTheMonthOrYearIsNeverRecent() {
        assertThat(Staleness.isStale("2026", TODAY)).isTrue();
        assertThat(Staleness.isStale("2026-11", TODAY)).isTrue();
        assertThat(Staleness.isStale("2026-11-01", TODAY)).isFalse();
        assertThat(PriceAge.of("2026", TODAY).isOld()).isTrue();
        assertThat(PriceAge.of("2026-11-01", TODAY).isOld()).isFalse();
        assertThat(PriceAge.of("2026", TODAY).text()).isEqualTo("day of the check not known");
        assertThat(PriceAge.of("2023", TODAY).text()).isEqualTo("at least 1,058 days old");
    }
}
