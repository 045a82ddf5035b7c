package com.llmcompare.models;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** "Today" in the page tests, so that which prices are current and which are stale is fixed. */
@TestConfiguration(proxyBeanMethods = false)
class Today {

    /** 2026-11-23: three months after the newest catalogue snapshot (genai-prices, 2026-08-21). */
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
