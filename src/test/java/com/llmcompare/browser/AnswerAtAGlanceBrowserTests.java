package com.llmcompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * In Chromium: the verdict is on the first screen, and the quality-against-price chart's names, as the
 * browser draws them ({@code getBBox}), never overlap each other nor leave the chart.
 */
class AnswerAtAGlanceBrowserTests extends BrowserTestSupport {

    private static final String COMPARE = "/compare?models=gpt-5.2,claude-opus-4.5,llama-3.3-70b-instruct,gpt-4";

    @ParameterizedTest
    @ValueSource(strings = { "eci", "swe-bench-verified", "frontiermath", "arc-agi-2", "terminal-bench-2",
            "tau2-airline" })
    @SuppressWarnings("unchecked")
    void theChartsNamesNeverOverlapNorLeaveThePlot(String chart) throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(base() + COMPARE + "&chart=" + chart);

        List<Map<String, Object>> boxes = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                // measured once the fonts are ready, as a reader sees the chart
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => {"
                        + "const frame = document.querySelector('#quality-chart svg rect.frame').getBBox();"
                        + "done([...document.querySelectorAll('#quality-chart text.point-label')].map(t => {"
                        + " const b = t.getBBox(); return {text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height,"
                        + " fx: frame.x, fy: frame.y, fw: frame.width, fh: frame.height}; })); });");

        assertThat(boxes).as("names drawn").isNotEmpty();
        for (int i = 0; i < boxes.size(); i++) {
            Map<String, Object> a = boxes.get(i);
            assertThat(num(a, "x")).as(a.get("text") + " left edge").isGreaterThanOrEqualTo(num(a, "fx"));
            assertThat(num(a, "x") + num(a, "w")).as(a.get("text") + " right edge")
                .isLessThanOrEqualTo(num(a, "fx") + num(a, "fw"));
            assertThat(num(a, "y")).as(a.get("text") + " top").isGreaterThanOrEqualTo(num(a, "fy"));
            assertThat(num(a, "y") + num(a, "h")).as(a.get("text") + " foot")
                .isLessThanOrEqualTo(num(a, "fy") + num(a, "fh"));
            for (int j = i + 1; j < boxes.size(); j++) {
                Map<String, Object> b = boxes.get(j);
                boolean overlap = num(a, "x") < num(b, "x") + num(b, "w") && num(b, "x") < num(a, "x") + num(a, "w")
                        && num(a, "y") < num(b, "y") + num(b, "h") && num(b, "y") < num(a, "y") + num(a, "h");
                assertThat(overlap).as(a + " and " + b).isFalse();
            }
        }
        screenshot("compare-chart-" + chart);
    }

    @ParameterizedTest
    @ValueSource(strings = { COMPARE, "/models/gpt-4.1",
            "/cost?models=gpt-4.1,llama-3.3-70b-instruct&inputTokens=30000000&outputTokens=10000000" })
    void theVerdictIsOnTheFirstScreen(String path) throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(base() + path);

        Number top = (Number) ((JavascriptExecutor) driver)
            .executeScript("return document.getElementById('verdict').getBoundingClientRect().top;");
        assertThat(top.doubleValue()).isLessThan(800 * 0.6);
        assertThat(driver.findElement(By.cssSelector("#verdict .verdict-answer")).isDisplayed()).isTrue();
        screenshot("verdict-" + path.replaceAll("[^a-z0-9]+", "-"));
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
