package com.llmcompare.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
     */
    static void clickThrough(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }
}
