package com.llmcompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In Chromium: the verdict is on the first screen, and the charts' texts, as the browser draws them
 * ({@code getBBox}), never overlap each other nor leave the plot: the quality-against-price chart's names,
 * and the cost chart's line keys and crossing numbers.
 */
class AnswerAtAGlanceBrowserTests extends BrowserTestSupport {

    private static final String COMPARE = "/compare?models=gpt-5.2,claude-opus-4.5,llama-3.3-70b-instruct,gpt-4";

    /** Four models, one of them self-hosted: a line per offer and for its hosting, crossings between them. */
    private static final String COST = "/cost?models=gpt-4.1,claude-opus-4.5,llama-3.3-70b-instruct,llama-2-70b"
            + "&inputTokens=30000000&outputTokens=10000000";

    @ParameterizedTest
    @ValueSource(strings = { "eci", "swe-bench-verified", "frontiermath", "arc-agi-2", "terminal-bench-2",
            "tau2-airline" })
    void theChartsNamesNeverOverlapNorLeaveThePlot(String chart) {
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(base() + COMPARE + "&chart=" + chart);

        assertDrawnApartInside("#quality-chart svg rect.frame", "#quality-chart text.point-label");
        Browser.screenshot(driver, "compare-chart-" + chart);
    }

    @ParameterizedTest
    @CsvSource({ "1280, 800", "390, 844" })
    @SuppressWarnings("unchecked")
    void theChartRingsTheComparedModelsAndItsFrontierRunsThroughItsFrontierPoints(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(base() + COMPARE);
        JavascriptExecutor js = (JavascriptExecutor) driver;

        List<String> ringed = texts("#quality-chart a.point.ringed", "data-model");
        // GPT-4 is retired: drawn hollow at its last price, ringed too, never on the frontier
        assertThat(ringed).containsExactlyInAnyOrder("gpt-5.2", "claude-opus-4.5", "llama-3.3-70b-instruct", "gpt-4");
        assertThat(driver.findElement(By.cssSelector("#quality-chart a.point[data-model='gpt-4']")).getAttribute("class"))
            .contains("retired").doesNotContain("on-frontier");
        // every vertex of the frontier is the centre of a point marked on it, left to right, cheapest first
        List<List<Number>> vertices = (List<List<Number>>) js.executeScript(
                "return document.querySelector('#quality-chart polyline.frontier').getAttribute('points').trim()"
                        + ".split(/\\s+/).map(p => p.split(',').map(Number));");
        List<List<Number>> centres = (List<List<Number>>) js.executeScript(
                "return [...document.querySelectorAll('#quality-chart a.point.on-frontier .mark')].map(m => {"
                        + " const b = m.getBBox(); return [b.x + b.width / 2, b.y + b.height / 2]; })"
                        + ".sort((a, b) => a[0] - b[0]);");
        assertThat(vertices).hasSameSizeAs(centres).hasSizeGreaterThan(2);
        for (int i = 0; i < vertices.size(); i++) {
            assertThat(vertices.get(i).get(0).doubleValue()).isCloseTo(centres.get(i).get(0).doubleValue(),
                    org.assertj.core.api.Assertions.within(0.6));
            assertThat(vertices.get(i).get(1).doubleValue()).isCloseTo(centres.get(i).get(1).doubleValue(),
                    org.assertj.core.api.Assertions.within(0.6));
        }
        // each point is a link a keyboard reaches, named with its values
        WebElement point = driver.findElement(By.cssSelector("#quality-chart a.point[data-model='gpt-5.2']"));
        js.executeScript("arguments[0].focus()", point);
        assertThat(js.executeScript("return document.activeElement.getAttribute('data-model')")).isEqualTo("gpt-5.2");
        assertThat(point.getAttribute("aria-label")).startsWith("GPT-5.2").contains("$");
        Browser.screenshot(driver, "compare-chart-frontier-" + width);
    }

    @ParameterizedTest
    @CsvSource({ "1280, 800", "390, 844" })
    void theShareLinkAndCanonicalUseThePublicUrlNotTheAddressTheBrowserUsed(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(base() + COMPARE);

        // the tests' llmcompare.public-url is http://localhost:8080; the browser came on a random port
        String expected = "http://localhost:8080/compare?models=gpt-5.2,claude-opus-4.5,llama-3.3-70b-instruct,gpt-4";
        assertThat(driver.findElement(By.id("share-url")).getAttribute("value")).isEqualTo(expected);
        assertThat(driver.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href")).isEqualTo(expected);
        assertThat(driver.findElement(By.cssSelector("meta[property='og:url']")).getAttribute("content")).isEqualTo(expected);
        assertThat(driver.findElement(By.id("share-url")).getRect().getWidth()).isLessThanOrEqualTo(width);
    }

    @Test
    void theCostChartsKeysAndCrossingNumbersNeverOverlapAndTheLegendRepeatsEachKey() {
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(base() + COST);

        int keys = assertDrawnApartInside("#cost-chart svg rect.frame",
                "#cost-chart g.key:not(.legend g.key) text, #cost-chart g.crossing text");
        List<String> onLines = texts("#cost-chart > div > svg > g.key text");
        List<String> inLegend = texts("#cost-chart g.legend g.key text");
        assertThat(onLines).as("a key on every line").isNotEmpty().isEqualTo(inLegend);
        assertThat(keys).isGreaterThan(onLines.size());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('cost-chart').scrollIntoView()");
        Browser.screenshot(driver, "cost-chart-keys");
    }

    @ParameterizedTest
    @CsvSource({ "1280, 800", "390, 844" })
    void eachModelIsOneRowWithItsOtherOffersFolded(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(base() + COST);

        List<WebElement> models = driver.findElements(By.cssSelector("#api-costs > tbody"));
        assertThat(models).extracting(m -> m.getAttribute("data-model"))
            .containsExactly("llama-3.3-70b-instruct", "gpt-4.1", "claude-opus-4.5");
        WebElement llama = models.get(0);
        WebElement folded = llama.findElement(By.cssSelector("tr.more-offers table.offers"));
        assertThat(folded.isDisplayed()).as("folded until asked").isFalse();
        WebElement summary = llama.findElement(By.cssSelector("tr.more-offers summary"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        assertThat(folded.isDisplayed()).isTrue();
        assertThat(folded.findElements(By.cssSelector("tbody tr[data-model='llama-3.3-70b-instruct']"))).isNotEmpty();
        Browser.screenshot(driver, "cost-offers-folded-" + width);
    }

    @ParameterizedTest
    @CsvSource({ "390, 844, true", "1280, 800, false" })
    void compareIsOneCardPerModelOnAPhoneAndTheTableOnADesktop(int width, int height, boolean cards) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(base() + COMPARE);

        List<WebElement> shown = driver.findElements(By.cssSelector("#compare-cards article.model-card"))
            .stream()
            .filter(WebElement::isDisplayed)
            .toList();
        if (cards) {
            assertThat(shown).extracting(card -> card.getAttribute("id"))
                .containsExactly("card-gpt-5.2", "card-claude-opus-4.5", "card-llama-3.3-70b-instruct", "card-gpt-4");
            // each card fits the screen: nothing on it needs sideways scrolling
            for (WebElement card : shown) {
                assertThat(card.getRect().getX() + card.getRect().getWidth()).isLessThanOrEqualTo(width);
            }
            WebElement price = driver.findElement(By.cssSelector("#card-gpt-4 dt a[href='#row-price-mix']"));
            assertThat(price.getText()).startsWith("Price / 1M tokens at 3:1");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    driver.findElement(By.id("compare-cards")));
        }
        else {
            assertThat(shown).isEmpty();
        }
        assertThat(driver.findElement(By.id("comparison")).isDisplayed()).isTrue();
        Browser.screenshot(driver, "compare-cards-" + width);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { COMPARE + "| 1280| 800", "/models/gpt-4.1| 1280| 800", COST + "| 1280| 800",
            COMPARE + "| 390| 844", "/models/gpt-4.1| 390| 844", COST + "| 390| 844" })
    void theVerdictIsOnTheFirstScreen(String path, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(base() + path);

        Number top = (Number) ((JavascriptExecutor) driver)
            .executeScript("return document.getElementById('verdict').getBoundingClientRect().top;");
        assertThat(top.doubleValue()).isLessThan(height * 0.6);
        assertThat(driver.findElement(By.cssSelector("#verdict .verdict-answer")).isDisplayed()).isTrue();
        // each finding links to its row on the page, and its sources to their entries
        List<String> anchors = texts("#verdict a.verdict-answer, #verdict sup.cite a", "href");
        assertThat(anchors).isNotEmpty();
        Object broken = ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#verdict a.verdict-answer, #verdict sup.cite a')]"
                        + ".map(a => a.getAttribute('href')).filter(h => h.includes('#'))"
                        + ".filter(h => h.startsWith('#') ? !document.getElementById(h.slice(1)) : false);");
        assertThat((List<?>) broken).as("links to rows that are not on the page").isEmpty();
        Browser.screenshot(driver, "verdict-" + width + path.replaceAll("[^a-z0-9]+", "-"));
    }

    /**
     * The drawn boxes of the texts matched by {@code texts}, measured once the fonts are ready as a reader
     * sees them, lie inside {@code frame} and touch no other; returns how many there are.
     */
    @SuppressWarnings("unchecked")
    private int assertDrawnApartInside(String frame, String texts) {
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => {"
                        + "const frame = document.querySelector(arguments[0]).getBBox();"
                        + "done([...document.querySelectorAll(arguments[1])].map(t => {"
                        + " const b = t.getBBox(); return {text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height,"
                        + " fx: frame.x, fy: frame.y, fw: frame.width, fh: frame.height}; })); });",
                frame, texts);

        assertThat(boxes).as("texts drawn").isNotEmpty();
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
        return boxes.size();
    }

    private List<String> texts(String css) {
        return texts(css, "textContent");
    }

    private List<String> texts(String css, String attribute) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
