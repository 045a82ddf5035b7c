package com.llmcompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With JavaScript off, the pages still do their jobs as plain forms and links: the calculator prices a
 * per-request workload on submit, the catalogue's boxes open a comparison, and the verdict and the chart
 * are in the page as the server drew them. The page's own scripts are checked not to run (no live status,
 * no tray), so these tests cannot pass on a browser that ran them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithoutScriptsBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.startWithoutScripts();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theCalculatorPricesAPerRequestWorkloadOnSubmit() {
        browser.get(base() + "/cost?models=gpt-4,llama-2-70b&inputTokens=1000000&outputTokens=1000000");
        // the search box and the live status are the scripts' own: without them the box stays hidden
        assertThat(browser.findElement(By.id("model-search")).isDisplayed()).isFalse();

        click(browser.findElement(By.id("basis-request")));
        type("f-requestsPerDay", "2000");
        type("f-inputTokensPerRequest", "800");
        type("f-outputTokensPerRequest", "150");
        click(browser.findElement(By.cssSelector("#cost-form button[type='submit']")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("basis=request"));

        // 2,000 a day × 30.4375 days × (800 × $30 + 150 × $60) per 1M = $2,008.88, as with scripts on
        assertThat(browser.getCurrentUrl()).contains("basis=request", "requestsPerDay=2000");
        assertThat(browser.findElement(By.cssSelector("#api-costs tr[data-price='p-gpt4-8k'] td.monthly")).getText())
            .isEqualTo("$2,008.88");
        assertThat(browser.findElement(By.cssSelector("#verdict .verdict-answer")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("live-status")).getText()).isEmpty();
        Browser.screenshot(browser, "no-script-cost");
    }

    @Test
    void theCataloguesBoxesOpenAComparison() {
        browser.get(base() + "/models?vendor=meta");
        assertThat(browser.findElement(By.id("compare-tray")).isDisplayed()).as("the tray is the script's").isFalse();

        click(browser.findElement(By.id("pick-llama-3.3-70b-instruct")));
        click(browser.findElement(By.id("pick-llama-4-maverick")));
        click(browser.findElement(By.xpath("//button[@type='submit'][.='Compare selected']")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("/compare"));

        // the form sends models=…&models=…; the server answers with the comparison's own link
        assertThat(browser.getCurrentUrl()).endsWith("/compare?models=llama-3.3-70b-instruct,llama-4-maverick");
        List<WebElement> cards = browser.findElements(By.cssSelector("#compare-cards article.model-card"));
        assertThat(cards).hasSize(2).allMatch(WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector("#quality-chart a.point"))).isNotEmpty();
        Browser.screenshot(browser, "no-script-compare");
    }

    /** Scrolled to the middle first, as a reader would: a sticky header must not take the click. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.clear();
        field.sendKeys(value);
    }
}
