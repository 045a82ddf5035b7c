package com.llmcompare.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ComparePagesTests {

    private static final String CANONICAL = "/compare?models=gpt-4,llama-2-70b";

    @Autowired
    MockMvc mvc;

    private void redirectsToCanonical(String url, String expected) throws Exception {
        mvc.perform(get(URI.create(url)))
            .andExpect(status().isMovedPermanently())
            .andExpect(header().string("Location", expected));
    }

    @Test
    void everyOtherSpellingRedirectsToTheCanonicalUrl() throws Exception {
        redirectsToCanonical("/compare?models=GPT-4,Llama-2-70B", CANONICAL);
        redirectsToCanonical("/compare?models=gpt-4,%20llama-2-70b", CANONICAL);
        redirectsToCanonical("/compare?models=gpt-4%2Cllama-2-70b", CANONICAL);
        redirectsToCanonical("/compare?models=,gpt-4,,llama-2-70b,", CANONICAL);
        redirectsToCanonical("/compare?models=gpt-4,llama-2-70b,gpt-4", CANONICAL);
        redirectsToCanonical("/compare?models=gpt-4&models=llama-2-70b", CANONICAL);
        redirectsToCanonical("/compare?models=gpt-4,llama-2-70b&diff=0", CANONICAL);
        redirectsToCanonical("/compare/gpt-4-vs-llama-2-70b", CANONICAL);
        redirectsToCanonical("/compare?models=GPT-4&models=llama-2-70b&diff=1", CANONICAL + "&diff=1");
    }

    @Test
    void theCanonicalUrlAnswersAndIgnoresUnknownParameters() throws Exception {
        mvc.perform(get(CANONICAL)).andExpect(status().isOk());
        mvc.perform(get(CANONICAL + "&utm_source=newsletter&fbclid=abc")).andExpect(status().isOk())
            .andExpect(xpath("//link[@rel='canonical']/@href").string("http://localhost:8080" + CANONICAL));
    }

    @Test
    void showsGpt4AndLlama2ValuesWithBestMarkedAndSettingsDifferences() throws Exception {
        mvc.perform(get(CANONICAL))
            .andExpect(status().isOk())
            .andExpect(xpath("//table[@id='comparison']/thead/tr/th[1]/a").string("GPT-4 (8K)"))
            .andExpect(xpath("//table[@id='comparison']/thead/tr/th[2]/a").string("Llama 2 70B"))
            .andExpect(xpath("//tr[@id='row-benchmark-mmlu']/td[1]").string(allOf(containsString("86.4%"),
                    containsString("best"))))
            .andExpect(xpath("//tr[@id='row-benchmark-mmlu']/td[2]").string(containsString("68.9%")))
            .andExpect(xpath("//tr[@id='row-benchmark-mmlu']/th").string(containsString("higher is better")))
            .andExpect(xpath("//tr[@id='row-context']/td[1]").string(allOf(containsString("8,192"),
                    containsString("best"), containsString("8000"))))
            .andExpect(xpath("//tr[@id='row-context']/td[2]").string(containsString("4,096")))
            .andExpect(xpath("//tr[@id='row-benchmark-hellaswag']/th").string(containsString("Settings differ")))
            .andExpect(xpath("//tr[@id='row-benchmark-hellaswag']/td[contains(@class,'best')]").doesNotExist())
            .andExpect(xpath("//tr[@id='row-benchmark-legalbench']/td[2]").string(containsString("no score reported")))
            .andExpect(xpath("//tr[@id='row-parameters']/td[1]").string(allOf(containsString("not disclosed"),
                    containsString("1-2 trillion"))))
            .andExpect(xpath("//tr[@id='row-parameters']/td[2]").string(containsString("70B")))
            .andExpect(xpath("//tr[@id='row-price-input']/td[1]").string(allOf(containsString("$30"),
                    containsString("retired"))))
            .andExpect(xpath("//tr[@id='row-price-input']/td[2]/a/@href").string("/models/llama-2-70b-chat#prices"))
            .andExpect(xpath("//tr[@id='row-price-input']/td[2]").string(containsString("no price for this model")))
            .andExpect(xpath("//tr[@id='row-benchmark-mmlu']/td[1]//sup[@class='cite']/a/@href")
                .string("/sources#seed-000"))
            .andExpect(xpath("//*[local-name()='svg'][@role='img']").exists());
    }

    @Test
    void pageOffersRemoveMoveAddAndTheShareLink() throws Exception {
        mvc.perform(get("/compare?models=gpt-4,llama-2-70b,falcon-40b"))
            .andExpect(xpath("//a[@id='remove-llama-2-70b']/@href").string("/compare?models=gpt-4,falcon-40b"))
            .andExpect(xpath("//th[@id='col-llama-2-70b']//a[@class='move-left']/@href")
                .string("/compare?models=llama-2-70b,gpt-4,falcon-40b"))
            .andExpect(xpath("//input[@id='share-url']/@value")
                .string("http://localhost:8080/compare?models=gpt-4,llama-2-70b,falcon-40b"))
            .andExpect(xpath("//button[@id='copy-link']").exists())
            .andExpect(xpath("//form[@action='/compare']//select[@name='models']/optgroup/option[@value='bloom']").exists())
            .andExpect(xpath("//form[@action='/compare']//select[@name='models']//option[@value='gpt-4']").doesNotExist());
    }

    @Test
    void differencesOnlyHidesEqualRows() throws Exception {
        String url = "/compare?models=llama-2-70b,llama-2-70b-chat";
        mvc.perform(get(url)).andExpect(xpath("//tr[@id='row-vendor']").exists())
            .andExpect(xpath("//tr[@id='row-context']").exists());
        mvc.perform(get(url + "&diff=1"))
            .andExpect(status().isOk())
            .andExpect(xpath("//tr[@id='row-vendor']").doesNotExist())
            .andExpect(xpath("//tr[@id='row-context']").doesNotExist())
            .andExpect(xpath("//tr[@id='row-price-input']").exists())
            .andExpect(xpath("//a[@id='diff-switch']/@href").string(url));
    }

    @Test
    void openGraphTagsDescribeTheComparison() throws Exception {
        mvc.perform(get(CANONICAL))
            .andExpect(xpath("//title").string("GPT-4 (8K) vs Llama 2 70B — LLM Compare"))
            .andExpect(xpath("//meta[@property='og:title']/@content").string("GPT-4 (8K) vs Llama 2 70B"))
            .andExpect(xpath("//meta[@property='og:description']/@content").string(allOf(
                    containsString("HumanEval 67 vs 29.9"), containsString("context 8,192 vs 4,096 tokens"))))
            .andExpect(xpath("//meta[@property='og:url']/@content").string("http://localhost:8080" + CANONICAL))
            .andExpect(xpath("//meta[@property='og:image']/@content")
                .string("http://localhost:8080/compare/card.png?models=gpt-4,llama-2-70b"))
            .andExpect(xpath("//meta[@name='twitter:card']/@content").string("summary_large_image"));
    }

    @Test
    void shareCardIsA1200By630Png() throws Exception {
        byte[] png = mvc.perform(get("/compare/card.png").param("models", "gpt-4,llama-2-70b"))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.IMAGE_PNG))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void csvHasOneRowPerFactAndOneColumnPerModel() throws Exception {
        String csv = mvc.perform(get("/compare.csv").param("models", "gpt-4,llama-2-70b"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(csv).startsWith("section,fact,GPT-4 (8K),Llama 2 70B\r\n");
        assertThat(csv).contains("\r\nBenchmarks,MMLU (accuracy (usually 5-shot)),86.4% [sources: seed-000],68.9% [sources: seed-000]");
    }

    @Test
    void apiReturnsTheComparisonWithSources() throws Exception {
        mvc.perform(get("/api/compare").param("models", "gpt-4,llama-2-70b"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.models[0]").value("gpt-4"))
            .andExpect(jsonPath("$.sections[?(@.id=='benchmarks')].rows[?(@.id=='benchmark-mmlu')].values[0].number")
                .value(org.hamcrest.Matchers.hasItem(86.4)))
            .andExpect(jsonPath("$.sections[?(@.id=='benchmarks')].rows[?(@.id=='benchmark-mmlu')].values[0].best")
                .value(org.hamcrest.Matchers.hasItem(true)))
            .andExpect(jsonPath("$.sections[?(@.id=='benchmarks')].rows[?(@.id=='benchmark-mmlu')].values[0].sources[0].id")
                .value(org.hamcrest.Matchers.hasItem("seed-000")));
    }

    @Test
    void unknownSlugIs404NamingItWithSuggestionAndCorrectedLink() throws Exception {
        // the picker again: the unknown slug named with a suggestion, the known model still ticked
        mvc.perform(get("/compare?models=gpt4,llama-2-70b"))
            .andExpect(status().isNotFound())
            .andExpect(xpath("//div[@id='unknown-models']").string(containsString("No model 'gpt4'")))
            .andExpect(xpath("//div[@id='unknown-models']//code[1]").string("gpt-4"))
            .andExpect(xpath("//p[@id='corrected']/a/@href").string(CANONICAL))
            .andExpect(xpath("//form[@class='picker']//input[@value='llama-2-70b']/@checked").exists())
            .andExpect(xpath("//form[@class='picker']//input[@checked]").nodeCount(1));
        mvc.perform(get("/compare").param("models", "gpt-4,\"><svg onload=alert(1)>"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(not(containsString("<svg onload"))));
        mvc.perform(get("/api/compare?models=gpt4,llama-2-70b"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.suggestions[0]").value("gpt-4"))
            .andExpect(jsonPath("$.corrected").value(CANONICAL));
    }

    @Test
    void tooManyOrMalformedIs400SayingWhatIsAllowed() throws Exception {
        mvc.perform(get("/compare?models=a,b,c,d,e,f,g"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("At most 6 models")));
        mvc.perform(get("/compare?models=gpt-4,llama-2-70b&diff=yes"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("diff must be 1")));
        mvc.perform(get("/api/compare?models=gpt-4"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("models"));
        mvc.perform(get("/api/compare"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/compare.csv?models=gpt-4")).andExpect(status().isBadRequest());
    }

    @Test
    void oneModelShowsThePickerWithAHintAndNoneShowsThePicker() throws Exception {
        mvc.perform(get("/compare?models=gpt-4"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='hint']").string(containsString("add at least one more model")))
            .andExpect(xpath("//input[@name='models'][@value='gpt-4']/@checked").exists());
        mvc.perform(get("/compare"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='hint']").doesNotExist())
            .andExpect(xpath("//fieldset/legend[.='Open models']").exists())
            .andExpect(xpath("//fieldset/legend[.='Closed models']").exists());
    }
}
