package com.llmcompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.llmcompare.core.model.Lifecycle.Stage;

/** The one lifecycle rule: what the vendor announced, read on a day. */
class LifecycleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aShutdownAnnouncedForLaterIsDeprecatedUntilThatDayAndRetiredFromIt() {
        assertThat(stage("retired", "2026-10-23", LocalDate.of(2026, 10, 22))).isEqualTo(Stage.DEPRECATED);
        assertThat(stage("retired", "2026-10-23", LocalDate.of(2026, 10, 23))).isEqualTo(Stage.RETIRED);
        assertThat(stage("deprecated", "2027-01-05", TODAY)).isEqualTo(Stage.DEPRECATED);
        assertThat(stage("deprecated", "2026-01-05", TODAY)).isEqualTo(Stage.RETIRED);
    }

    @Test
    void withoutADateTheRecordedStatusStands() {
        assertThat(stage("available", null, TODAY)).isEqualTo(Stage.AVAILABLE);
        assertThat(stage("deprecated", null, TODAY)).isEqualTo(Stage.DEPRECATED);
        assertThat(stage("retired", null, TODAY)).isEqualTo(Stage.RETIRED);
    }

    @Test
    void aDateGivenToTheMonthCountsFromItsFirstDay() {
        // Bard: renamed Gemini in February 2024
        assertThat(stage("retired", "2024-02", LocalDate.of(2024, 2, 1))).isEqualTo(Stage.RETIRED);
        assertThat(stage("retired", "2024-02", LocalDate.of(2024, 1, 31))).isEqualTo(Stage.DEPRECATED);
    }

    @Test
    void itSaysWhereTheModelStandsInWords() {
        Lifecycle gpt4 = Lifecycle.on(TODAY, "retired", "2026-10-23", "shut down", "openai-deprecations-2026", "q");
        Lifecycle scheduled = Lifecycle.on(TODAY, "deprecated", "2027-01-05", "scheduled", "s", null);

        assertThat(gpt4.isRetired()).isTrue();
        assertThat(gpt4.summary()).isEqualTo("retired 2026-10-23");
        assertThat(gpt4.sourceId()).isEqualTo("openai-deprecations-2026");
        assertThat(scheduled.summary()).isEqualTo("deprecated, shutdown 2027-01-05");
        assertThat(scheduled.isAvailable()).isFalse();
        assertThat(Lifecycle.on(TODAY, "available", null, "listed", "s", null).summary()).isEqualTo("available");
    }

    @Test
    void anUnknownStatusIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> stage("sunset", null, TODAY)).withMessageContaining("sunset");
    }

    private static Stage stage(String status, String date, LocalDate day) {
        return Lifecycle.on(day, status, date, "text", "source", null).stage();
    }
}
