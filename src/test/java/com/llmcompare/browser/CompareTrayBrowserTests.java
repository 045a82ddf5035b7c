package com.llmcompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The catalogue's compare tray: its selection survives a filter and a sort, and stops at six. */
class CompareTrayBrowserTests extends BrowserTestSupport {

    /** As a reader does: the box scrolled to the middle of the window, clear of the tray at its foot. */
    private void tick(String slug) {
        WebElement box = driver.findElement(By.id("pick-" + slug));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }

    @ParameterizedTest
    @CsvSource({ "1280, 800", "390, 844" })
    void theSelectionSurvivesFilteringAndSortingAndStopsAtSix(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(base() + "/models?q=gpt-4.1");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        driver.navigate().refresh();

        tick("gpt-4.1");
        driver.get(base() + "/models?q=claude");
        tick("claude-opus-4.5");
        assertThat(driver.findElement(By.id("tray-status")).getText()).startsWith("2 selected: GPT-4.1, Claude Opus 4.5");

        // a filter is a new page: the tray keeps both, and the boxes on it stay in step
        driver.get(base() + "/models?vendor=meta&sort=blended");
        assertThat(driver.findElement(By.id("compare-tray")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("tray-status")).getText()).startsWith("2 selected");
        tick("llama-3.3-70b-instruct");
        tick("llama-3.1-8b-instruct");
        tick("llama-4-scout");
        tick("llama-4-maverick");
        assertThat(driver.findElement(By.id("tray-status")).getText()).startsWith("6 selected")
            .contains("(the most a comparison takes)");
        WebElement seventh = driver.findElement(By.id("pick-llama-3.1-405b-instruct"));
        assertThat(seventh.isEnabled()).isFalse();
        assertThat(seventh.getAttribute("title")).startsWith("At most 6 models can be compared");

        clickThrough(By.id("tray-compare"));
        assertThat(driver.getCurrentUrl()).endsWith("/compare?models=gpt-4.1,claude-opus-4.5,llama-3.3-70b-instruct,"
                + "llama-3.1-8b-instruct,llama-4-scout,llama-4-maverick");
        List<WebElement> columns = driver.findElements(By.cssSelector("#comparison thead th[scope=col]"));
        assertThat(columns).hasSize(6);
        Browser.screenshot(driver, "tray-compared-" + width);
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
    }
}
