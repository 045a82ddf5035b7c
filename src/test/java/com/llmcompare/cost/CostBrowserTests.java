package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.llmcompare.browser.Browser;

/**
 * In a real browser: fill in the calculator, submit it, read the monthly costs, then reopen the
 * page's own URL and its share link and get the same numbers. Skipped where headless Chromium and
 * its driver are not installed ({@code .ci/run} installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CostBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The window Browser.start() opens; a test at a phone's size sets its own. */
    @BeforeEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @Test
    void fillsInTheFormSubmitsAndGetsTheSameNumbersFromThePagesOwnUrl() {
        browser.get("http://localhost:" + port + "/cost");
        // the default models are ticked: untick them, then name the models by slug
        browser.findElements(By.cssSelector("#model-picker input[name=models]:checked")).forEach(box -> {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            box.click();
        });
        type("f-models", "gpt-4, gpt-4-32k, llama-2-70b");
        type("f-inputTokens", "");
        type("f-outputTokens", "");
        type("f-requestsPerDay", "2000");
        type("f-inputTokensPerRequest", "800");
        type("f-outputTokensPerRequest", "150");
        browser.findElement(By.cssSelector("#cost-form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(page -> page.getCurrentUrl().contains("requestsPerDay=2000"));

        // 2,000 requests a day × 30.4375 days × (800 in, 150 out) = 48,700,000 in and 9,131,250 out.
        List<String> costs = monthlyCosts();
        assertThat(costs).startsWith("$2,008.88", "$4,017.75");
        assertThat(text("#api-costs tr[data-price='p-gpt4-8k'] td.per-request")).isEqualTo("$0.033");
        assertThat(text("#self-hosting tr[data-model='llama-2-70b'] td.always-on")).isEqualTo("$6,613.80");

        String ownUrl = browser.getCurrentUrl();
        String shareLink = browser.findElement(By.id("share-link")).getAttribute("href");
        browser.get(ownUrl);
        assertThat(monthlyCosts()).isEqualTo(costs);
        browser.get(shareLink);
        assertThat(monthlyCosts()).isEqualTo(costs);
        assertThat(browser.findElement(By.id("f-requestsPerDay")).getAttribute("value")).isEqualTo("2000");
        Browser.screenshot(browser, "journey-cost");
    }

    @Test
    void aBadValueComesBackMarkedWithWhatWasTyped() {
        browser.get("http://localhost:" + port + "/cost");
        type("f-inputTokens", "-5");
        browser.findElement(By.cssSelector("#cost-form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(page -> !page.findElements(By.id("e-inputTokens")).isEmpty());

        assertThat(browser.findElement(By.id("f-inputTokens")).getAttribute("value")).isEqualTo("-5");
        assertThat(text("#e-inputTokens")).startsWith("inputTokens must not be negative");
        assertThat(browser.findElements(By.id("results"))).isEmpty();
    }

    /** Typing updates the results and the address bar without a submit; typing per-request figures picks that basis. */
    @ParameterizedTest
    @CsvSource({ "1280, 800", "390, 844" })
    void resultsFollowTheTypingAndTheAddressBarKeepsTheShareLink(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        browser.get("http://localhost:" + port + "/cost?models=gpt-4,llama-2-70b&inputTokens=1000000&outputTokens=1000000");
        ((JavascriptExecutor) browser).executeScript("window.samePage = true;");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);

        type("f-inputTokens", "2000000");
        // 2M × $30 + 1M × $60 per 1M tokens = $120.00, no submit: the page is the same page
        wait.until(page -> text("#api-costs tr[data-price='p-gpt4-8k'] td.monthly").equals("$120.00"));
        wait.until(page -> page.getCurrentUrl().contains("inputTokens=2000000"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("share-link")).getAttribute("href")).contains("inputTokens=2000000");

        type("f-requestsPerDay", "2000");
        type("f-inputTokensPerRequest", "800");
        type("f-outputTokensPerRequest", "150");
        assertThat(browser.findElement(By.id("basis-request")).isSelected()).isTrue();
        // the same figures as the submitted journey above: $2,008.88 a month for GPT-4 (8K)
        wait.until(page -> text("#api-costs tr[data-price='p-gpt4-8k'] td.monthly").equals("$2,008.88"));
        wait.until(page -> page.getCurrentUrl().contains("outputTokensPerRequest=150"));
        assertThat(browser.getCurrentUrl()).doesNotContain("inputTokens=2000000");

        type("f-cachedShare", "120");
        wait.until(page -> !page.findElements(By.id("form-errors")).isEmpty());
        assertThat(text("#form-errors")).contains("cachedShare");
        assertThat(browser.findElement(By.id("f-cachedShare")).getAttribute("value")).isEqualTo("120");
        Browser.screenshot(browser, "cost-live-" + width);
    }

    /** The picker finds a model by name, and ticking it prices it without a submit. */
    @Test
    void aModelIsFoundByNameAndTickedIntoTheResults() {
        browser.get("http://localhost:" + port + "/cost?models=gpt-4&inputTokens=1000000&outputTokens=1000000");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);

        type("model-search", "llama 3.3");
        List<WebElement> shown = browser.findElements(By.cssSelector("#model-picker li"))
            .stream()
            .filter(WebElement::isDisplayed)
            .toList();
        assertThat(shown).extracting(WebElement::getText).allMatch(text -> text.toLowerCase().contains("llama 3.3"));
        WebElement box = browser.findElement(By.cssSelector("#model-picker input[value='llama-3.3-70b-instruct']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();

        wait.until(page -> !page.findElements(By.cssSelector("#api-costs tr[data-model='llama-3.3-70b-instruct']")).isEmpty());
        // the picker lists open models first, so the link names them in that order
        wait.until(page -> page.getCurrentUrl().contains("models=llama-3.3-70b-instruct,gpt-4&"));
        assertThat(text("#picked-count")).isEqualTo("2 ticked");
        // the new model's sources are cited: the list of sources is swapped with the results, so every
        // citation number on the page has its entry
        Object mismatches = ((JavascriptExecutor) browser).executeScript(
                "const refs = [...document.querySelectorAll('section.references li > a')].map(a => a.textContent.trim());"
                        + "return [...document.querySelectorAll('sup.cite a')].filter(a => {"
                        + " const n = parseInt(a.textContent.replace(/[^0-9]/g, ''), 10);"
                        + " return refs[n - 1] !== a.getAttribute('title'); }).length;");
        assertThat(((Number) mismatches).intValue()).isZero();
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }

    private List<String> monthlyCosts() {
        return browser.findElements(By.cssSelector("#api-costs td.monthly, #self-hosting td.always-on, "
                + "#self-hosting td.on-demand"))
            .stream()
            .map(cell -> cell.getText().trim())
            .toList();
    }
}
