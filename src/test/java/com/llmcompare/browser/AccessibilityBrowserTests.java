package com.llmcompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core in Chromium on every main page: no serious or critical violation; and the keyboard works. */
class AccessibilityBrowserTests extends BrowserTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/models", "/models?openness=open-weights&sort=parameters&dir=desc",
            "/models/gpt-4", "/models/llama-2-70b", "/compare", "/compare?models=gpt-4",
            "/compare?models=gpt-4,llama-2-70b,falcon-40b", "/benchmarks", "/benchmarks/humaneval", "/sources",
            "/cost", "/open-vs-closed", "/models/no-such-model" })
    void noSeriousOrCriticalViolations(String path) {
        driver.get(base() + path);
        assertNoSeriousViolations(path);
    }

    /** The pages with the verdicts, charts, tray and picker, in the dark scheme the site follows. */
    @ParameterizedTest
    @ValueSource(strings = { "/", "/models", "/models/gpt-4.1",
            "/compare?models=gpt-5.2,claude-opus-4.5,llama-3.3-70b-instruct,gpt-4",
            "/cost?models=gpt-4.1,llama-2-70b&inputTokens=30000000&outputTokens=10000000",
            "/benchmarks/swe-bench-verified", "/sources", "/open-vs-closed" })
    void noSeriousOrCriticalViolationsInTheDarkScheme(String path) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            driver.get(base() + path);
            Object background = chrome.executeScript("return getComputedStyle(document.body).backgroundColor;");
            assertThat(background).as("the dark scheme is on").isEqualTo("rgb(18, 20, 23)");
            assertNoSeriousViolations(path + " (dark)");
            Browser.screenshot(driver, "dark-" + path.replaceAll("[^a-z0-9]+", "-"));
        }
        finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private static void assertNoSeriousViolations(String path) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(driver);
        List<String> serious = results.getViolations()
            .stream()
            .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .map(AccessibilityBrowserTests::describe)
            .toList();
        assertThat(serious).as("serious or critical axe violations on " + path).isEmpty();
    }

    @Test
    void axeDoesReportViolations() {
        driver.get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt");
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        driver.get(base() + "/models");
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        assertThat(focused.getCssValue("left")).isNotEqualTo("-999px");
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#main");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getTagName()).isIn("a", "input", "select", "button");
        assertThat(driver.switchTo().activeElement().getCssValue("outline-style")).isNotEqualTo("none");
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }
}
