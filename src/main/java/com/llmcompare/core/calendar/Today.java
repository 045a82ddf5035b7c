package com.llmcompare.core.calendar;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one "today" of the site: which offers are current, which models retired, which prices stale.
 * From the system clock in UTC, a {@link Clock} bean where one is defined, or {@code llmcompare.today}
 * (an ISO date) where set: the tests fix it, and a page can be reproduced as it was on a day.
 */
@Component
public class Today {

    private final Clock clock;

    private final LocalDate fixed;

    Today(ObjectProvider<Clock> clock, @Value("${llmcompare.today:}") String fixed) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.fixed = fixed.isBlank() ? null : LocalDate.parse(fixed.trim());
    }

    public LocalDate date() {
        return fixed != null ? fixed : LocalDate.now(clock);
    }
}
