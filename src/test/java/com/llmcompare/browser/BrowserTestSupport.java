package com.llmcompare.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running site on a random port and one Chromium for all of a test class's tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    /**
     * Clicks what leads to another page and waits until that page has replaced this one: a click can
     * return before the navigation it starts has ended (seen on a busy CI machine: the old URL read back).
     * The old page is marked with a script variable the new one does not have; asking the old page's
     * elements whether they are stale failed on Chromium 150 with "Node … does not belong to the document".
     */
    static void clickThrough(By target) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__leaving = true;");
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
            .until(page -> Boolean.TRUE.equals(js.executeScript(
                    "return window.__leaving !== true && document.readyState === 'complete';")));
    }
}
