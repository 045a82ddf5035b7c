package com.llmcompare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * On a phone (a 390 × 844 viewport, an iPhone 12 to 15): no page is wider than the screen, so nothing
 * needs sideways scrolling of the whole page (wide tables and charts scroll inside their own wrapper),
 * a chart's text stays readable (at least 10 px as drawn), and axe finds nothing serious. Each page is saved as a screenshot under
 * target/screenshots/ and its width appended to target/screenshots/phone-widths.txt.
 */
class PhoneLayoutBrowserTests extends BrowserTestSupport {

    private static final int PHONE_WIDTH = 390;

    @BeforeEach
    void phone() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/models", "/models/llama-2-70b", "/models/gpt-4.1",
            "/compare?models=gpt-4,llama-2-70b", "/compare?models=gpt-5.2,claude-opus-4.5,llama-3.3-70b-instruct,gpt-4",
            "/cost?models=gpt-4,llama-2-70b&inputTokens=1000000&outputTokens=1000000", "/benchmarks",
            "/benchmarks/swe-bench-verified", "/open-vs-closed", "/sources", "/sources?q=llama",
            "/models/no-such-model" })
    @SuppressWarnings("unchecked")
    void noPageIsWiderThanThePhone(String path) throws IOException {
        driver.get(base() + path);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long viewport = (Long) js.executeScript("return window.innerWidth;");
        assertThat(viewport).as("the window's viewport").isEqualTo(PHONE_WIDTH);
        long width = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        // within the viewport less a scroll bar where the browser draws one (a phone's overlays the page)
        long room = (Long) js.executeScript("return document.documentElement.clientWidth;");
        // what sticks out, to say where the cause is when the page is too wide
        List<String> overflowing = (List<String>) js.executeScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                        + PHONE_WIDTH + " && !e.closest('.table-scroll, .chart-scroll'))"
                        + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(Path.of("target", "screenshots", "phone-widths.txt"), path + " " + width + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        screenshot("phone" + path.replaceAll("[^A-Za-z0-9.]+", "-"));
        assertThat(width).as("width of %s at %d px, sticking out: %s", path, PHONE_WIDTH, overflowing)
            .isLessThanOrEqualTo(PHONE_WIDTH)
            .isLessThanOrEqualTo(room);

        // Every chart's text as drawn: its font size times the SVG's scale on screen.
        List<Map<String, Object>> small = (List<Map<String, Object>>) js.executeScript(
                "return [...document.querySelectorAll('svg.chart text')].map(t => {"
                        + " const svg = t.ownerSVGElement; const vb = svg.viewBox.baseVal;"
                        + " const scale = vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;"
                        + " return {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale}; })"
                        + ".filter(t => t.px < 10).slice(0, 5);");
        assertThat(small).as("chart text drawn under 10 px on %s", path).isEmpty();

        // and what scrolls on a phone can be reached and read with assistive technology
        List<String> serious = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver)
            .getViolations()
            .stream()
            .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .map(rule -> rule.getId() + " at " + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList())
            .toList();
        assertThat(serious).as("serious or critical axe violations on %s at %d px", path, PHONE_WIDTH).isEmpty();
    }

    /**
     * Scrolled down and sideways inside its wrapper, a table keeps its header row at the wrapper's top and
     * its row headers (the model names, or the compared facts) at its left edge.
     */
    @ParameterizedTest
    @CsvSource({ "/models, #catalogue, 2", "'/compare?models=gpt-5.2,claude-opus-4.5,llama-3.3-70b-instruct,gpt-4', #comparison, 1",
            "/models/llama-2-70b, #scores-table, 1" })
    @SuppressWarnings("unchecked")
    void tableHeadersAndRowHeadersStickInsideTheirScrollingWrapper(String path, String table, int column)
            throws IOException {
        driver.get(base() + path);
        Map<String, Object> at = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const t = document.querySelector(arguments[0]); const box = t.closest('.table-scroll');"
                        + " box.scrollTop = 400; box.scrollLeft = 400;"
                        + " const b = box.getBoundingClientRect();"
                        + " const head = t.querySelector('thead th:last-child').getBoundingClientRect();"
                        + " const rows = [...t.querySelectorAll('tbody tr')].filter(r => r.children.length > 1);"
                        + " const cell = rows[Math.floor(rows.length / 2)].children[arguments[1] - 1].getBoundingClientRect();"
                        + " return {scrolledX: box.scrollLeft, scrolledY: box.scrollTop, boxTop: b.top, boxLeft: b.left,"
                        + " headTop: head.top, cellLeft: cell.left};",
                table, column);
        assertThat(num(at, "scrolledX")).as("%s scrolls sideways inside its wrapper", table).isPositive();
        assertThat(num(at, "scrolledY")).as("%s scrolls down inside its wrapper", table).isPositive();
        assertThat(num(at, "headTop")).as("%s header row", table).isCloseTo(num(at, "boxTop"), within(1.5));
        assertThat(num(at, "cellLeft")).as("%s row header", table).isCloseTo(num(at, "boxLeft"), within(1.5));
        screenshot("phone-sticky-" + table.substring(1));
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /** The whole page (its first 6,000 px), not only the first screen: the tables and charts further down too. */
    private static void screenshot(String name) throws IOException {
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("captureBeyondViewport", true, "clip",
                        Map.of("x", 0, "y", 0, "width", PHONE_WIDTH, "height", Math.min(height, 6_000), "scale", 1)));
        Files.write(Path.of("target", "screenshots", name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
