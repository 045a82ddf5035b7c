package com.llmcompare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The site's main journeys, end to end in Chromium; each saves a screenshot of its last page under target/. */
class JourneyBrowserTests extends BrowserTestSupport {

    @Test
    void catalogueFilterModelPageCompareCopyLinkAndReopen() {
        driver.get(base() + "/models");
        new Select(driver.findElement(By.name("openness"))).selectByVisibleText("Open weights");
        clickThrough(By.cssSelector("form.filters button[type=submit]"));

        assertThat(driver.getCurrentUrl()).contains("openness=open-weights");
        List<WebElement> levels = driver.findElements(By.cssSelector("#catalogue tbody td:nth-of-type(3)"));
        assertThat(levels).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).startsWith("Open weights"));

        clickThrough(By.linkText("Llama 2 70B"));
        assertThat(driver.getCurrentUrl()).endsWith("/models/llama-2-70b");
        assertThat(driver.findElement(By.id("fact-context")).getText()).contains("4,096");

        // the ready comparisons suggest models that can still be used; GPT-4 (retired) is compared when named
        clickThrough(By.partialLinkText("Llama 2 70B vs Llama 2 70B Chat"));
        assertThat(driver.getCurrentUrl()).endsWith("/compare?models=llama-2-70b,llama-2-70b-chat");
        driver.get(base() + "/compare?models=llama-2-70b,gpt-4");
        String mmlu = driver.findElement(By.id("row-benchmark-mmlu")).getText();
        assertThat(mmlu).contains("68.9%").contains("86.4%");

        driver.findElement(By.id("copy-link")).click();
        assertThat(driver.findElement(By.id("copy-status")).getText()).isNotBlank();
        String shared = driver.findElement(By.id("share-url")).getDomProperty("value");
        URI link = URI.create(shared);
        assertThat(link.getPath() + "?" + link.getQuery()).isEqualTo("/compare?models=llama-2-70b,gpt-4");

        driver.manage().deleteAllCookies();
        driver.get(base() + link.getPath() + "?" + link.getRawQuery());
        assertThat(driver.findElement(By.id("row-benchmark-mmlu")).getText()).isEqualTo(mmlu);
        Browser.screenshot(driver, "journey-compare");
    }

    @Test
    void openVsClosedSetWeightsAndReadTheRanking() {
        driver.get(base() + "/open-vs-closed");
        for (String priority : List.of("cost", "privacy", "customization", "support", "quality", "license")) {
            WebElement field = driver.findElement(By.id(priority));
            field.clear();
            field.sendKeys("0");
        }
        WebElement transparency = driver.findElement(By.id("transparency"));
        transparency.clear();
        transparency.sendKeys("5");
        clickThrough(By.cssSelector("#decision-form button[type=submit]"));

        assertThat(driver.getCurrentUrl()).contains("transparency=5").contains("quality=0");
        WebElement first = driver.findElement(By.cssSelector("#ranking tbody tr:first-child th"));
        assertThat(first.getText()).containsAnyOf("Open source", "Open weights");
        String ranking = driver.findElement(By.id("ranking")).getText();

        driver.get(driver.getCurrentUrl());
        assertThat(driver.findElement(By.id("ranking")).getText()).isEqualTo(ranking);
        Browser.screenshot(driver, "journey-open-vs-closed");
    }
}
