package com.llmcompare.sources;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.llmcompare.core.source.SourceRepository;

/** /sources: its index by kind, its filter (a plain GET form), and no internal ids in its text. */
@SpringBootTest
@AutoConfigureMockMvc
class SourcePagesTests {

    private static final String SOURCE = "//article[@id='llama2-model-card']";

    @Autowired
    MockMvc mvc;

    @Autowired
    SourceRepository sources;

    @Test
    void everySourceIsShownAndIndexedByKindWithoutItsInternalId() throws Exception {
        long all = sources.count();
        mvc.perform(get("/sources"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='source-count']").string(all + " sources."))
            .andExpect(xpath("count(//article[contains(@class,'panel')])").number((double) all))
            // the index: one link per source, grouped by kind
            .andExpect(xpath("count(//nav[@id='source-index']//a)").number((double) all))
            .andExpect(xpath("//nav[@id='source-index']/details[summary[starts-with(.,'Official (')]]"
                    + "//a[@href='#llama2-model-card']").string("Llama 2 MODEL_CARD.md"))
            .andExpect(xpath("//nav[@id='source-index']/details[summary[starts-with(.,'Catalogue (')]]").exists())
            // the filter works without script: a GET form
            .andExpect(xpath("//form[@method='get'][@action='/sources']//input[@name='q']").exists())
            // ids are anchors, not text
            .andExpect(xpath(SOURCE + "//code").doesNotExist())
            .andExpect(xpath(SOURCE + "//p[@class='muted']").string(not(containsString("llama2-model-card"))))
            .andExpect(xpath("//p[@id='no-match']").doesNotExist());
        // a blank search shows them all
        mvc.perform(get("/sources").param("q", "  "))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='source-count']").string(all + " sources."));
    }

    @Test
    void theFilterFindsASourceByTitlePublisherOrId() throws Exception {
        mvc.perform(get("/sources").param("q", "model_card"))
            .andExpect(status().isOk())
            .andExpect(xpath(SOURCE + "//h2").string(containsString("Llama 2 MODEL_CARD.md")))
            .andExpect(xpath("//p[@id='source-count']").string(containsString("sources match “model_card”")))
            .andExpect(xpath("//input[@name='q']/@value").string("model_card"))
            .andExpect(xpath("//article[@id='seed-000']").doesNotExist())
            .andExpect(xpath("//a[.='Show all'][@href='/sources']").exists());
        // by publisher and by id
        mvc.perform(get("/sources").param("q", "Spheron"))
            .andExpect(xpath("//article[@id='seed-001']").exists())
            .andExpect(xpath(SOURCE).doesNotExist());
        mvc.perform(get("/sources").param("q", "LLAMA2-MODEL-CARD"))
            .andExpect(xpath(SOURCE).exists())
            .andExpect(xpath("count(//article[contains(@class,'panel')])").number(1.0));
    }

    @Test
    void theSelfHostingDataIsCreditedWithTheFactsItBacks() throws Exception {
        mvc.perform(get("/sources").param("q", "TensorRT-LLM"))
            .andExpect(xpath("//article[@id='trtllm-perf-overview']").string(allOf(containsString("NVIDIA"),
                    containsString("Llama 3.3 70B Instruct — measured throughput on h100 at fp8 (upper-bound), 12 runs"))));
        mvc.perform(get("/sources").param("q", "InferenceX"))
            .andExpect(xpath("//article[@id='inferencex-gpu-costs']")
                .string(containsString("NVIDIA H100 SXM 80GB — $1.3 per GPU-hour (rental-3yr, SemiAnalysis InferenceX)")));
        mvc.perform(get("/sources").param("q", "gpustack"))
            .andExpect(xpath("//article[@id='gpustack-performance-lab']")
                .string(containsString("gpt-oss-120b — measured throughput on h100 at mxfp4 (serving)")));
    }

    @Test
    void aSearchNothingMatchesSaysSo() throws Exception {
        mvc.perform(get("/sources").param("q", "zzqx-no-such-source"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='no-match']").string(containsString("No source matches")))
            .andExpect(xpath("//p[@id='no-match']").string(containsString("zzqx-no-such-source")))
            .andExpect(xpath("count(//article)").number(0.0))
            .andExpect(xpath("//nav[@id='source-index']").doesNotExist());
    }

    @Test
    void hostileSearchesAreEscapedOrRefusedNeverAServerError() throws Exception {
        mvc.perform(get("/sources").param("q", "<script>alert(1)</script>"))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<script>alert(1)"))))
            .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
            .andExpect(xpath("//p[@id='no-match']").exists());
        mvc.perform(get("/sources").param("q", "' OR 1=1 --"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='no-match']").exists());
        mvc.perform(get("/sources").param("q", "x".repeat(101)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("q must be at most 100 characters")));
    }

    @Test
    void notFoundPagesOfferASearchOfTheModels() throws Exception {
        for (String path : new String[] { "/models/no-such-model", "/no-such-page" }) {
            mvc.perform(get(path))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//form[@method='get'][@action='/models'][@role='search']//input[@type='search'][@name='q']")
                    .exists())
                .andExpect(xpath("//form[@action='/models']//label").string(containsString("Search the models")));
        }
        // and a bad request is not sent searching
        mvc.perform(get("/models").param("sort", "nonsense"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//form[@action='/models'][@role='search']").doesNotExist());
    }
}
