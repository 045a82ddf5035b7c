package com.llmcompare.core.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PriceAgeTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void countsDaysFromTheDateLastChecked() {
        PriceAge age = PriceAge.of("2024-06-06", TODAY);

        assertThat(age.days()).isEqualTo(900);
        assertThat(age.atLeast()).isFalse();
        assertThat(age.isOld()).isTrue();
        assertThat(age.text()).isEqualTo("900 days old");
    }

    @Test
    void aYearOrMonthCountsFromItsEndSoTheAgeIsALowerBound() {
        assertThat(PriceAge.of("2023", TODAY)).isEqualTo(new PriceAge(1058, true));
        assertThat(PriceAge.of("2023", TODAY).text()).isEqualTo("at least 1,058 days old");
        assertThat(PriceAge.of("2026-06", TODAY)).isEqualTo(new PriceAge(146, true));
    }

    @Test
    void oldMeansMoreThan180Days() {
        assertThat(PriceAge.of("2026-05-27", TODAY).isOld()).isFalse();
        assertThat(PriceAge.of("2026-05-26", TODAY).isOld()).isTrue();
        assertThat(PriceAge.of("2026", TODAY)).isEqualTo(new PriceAge(0, true));
    }

    @Test
    void rejectsOtherDateShapes() {
        assertThatIllegalArgumentException().isThrownBy(() -> PriceAge.of("06/06/2024", TODAY))
            .withMessageContaining("YYYY");
    }
}
