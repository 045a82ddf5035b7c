package com.llmcompare.openness;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The openness audit where it is shown: the model page's grid, the comparison's rows, the catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class OpennessAuditPagesTests {

    private static final String CATALOGUE = "//table[@id='catalogue']/tbody/tr";

    @Autowired
    MockMvc mvc;

    @Test
    void theModelPageShowsTheFourteenCellGridWithTextLegendAndSourcedReasons() throws Exception {
        mvc.perform(get("/models/llama-2-70b"))
            .andExpect(status().isOk())
            .andExpect(xpath("count(//div[@id='audit-grid']//li)").number(14.0))
            .andExpect(xpath("//li[@id='audit-opencode']").string(allOf(containsString("Open code"), containsString("closed"))))
            .andExpect(xpath("//li[@id='audit-llmweights']/@class").string(containsString("status-partial")))
            .andExpect(xpath("//li[@id='audit-rldata']").string(containsString("not applicable")))
            .andExpect(xpath("//li[@id='audit-api']").string(containsString("not assessed")))
            .andExpect(xpath("count(//dl[@id='audit-legend']/dt)").number(5.0))
            .andExpect(xpath("//strong[@id='openness-score']").string("0.18"))
            .andExpect(xpath("//tr[@id='audit-row-license']/td[2]").string(containsString("not an OSI recognised")))
            .andExpect(xpath("//tr[@id='audit-row-license']//sup/a/@href").string("/sources#tracker-llama-2-chat"))
            .andExpect(xpath("//p[@id='audit-basis']").string(containsString("The tracker assesses Llama 2 Chat, not the base models")))
            .andExpect(xpath("//p[@id='openness-reason']").string(containsString("not OSI-approved")))
            .andExpect(xpath("//section[@class='references']//a[@href='/sources#liesenfeld-2023']").exists());
    }

    @Test
    void bloomsPageCitesItsCardAndExplainsTheMappingToBloomz() throws Exception {
        mvc.perform(get("/models/bloom"))
            .andExpect(status().isOk())
            .andExpect(xpath("//strong[@id='openness-score']").string("0.75"))
            .andExpect(xpath("//p[@id='audit-basis']").string(containsString("BLOOMZ")))
            .andExpect(xpath("//tr[@id='audit-row-opencode']//sup/a/@href").string("/sources#bloom-card"))
            .andExpect(xpath("//p[@id='openness-reason']").string(allOf(containsString("Open weights"),
                    containsString("RAIL"))))
            .andExpect(xpath("//p[@id='level-inputs']").string(not(containsString("except"))));
        mvc.perform(get("/models/claude-2"))
            .andExpect(xpath("//p[@id='level-inputs']").string(containsString("except for training code")));
    }

    @Test
    void theComparisonHasAnOpennessRowGroupWithTheScoreAndTheFourteenFeatures() throws Exception {
        mvc.perform(get("/compare?models=gpt-4,llama-2-70b,bloom"))
            .andExpect(status().isOk())
            .andExpect(xpath("count(//tbody[@id='section-openness']/tr)").number(17.0))
            .andExpect(xpath("//tr[@id='row-openness-score']/td[3]").string(containsString("0.75")))
            .andExpect(xpath("//tr[@id='row-openness-score']/td[3]/@class").string(containsString("best")))
            .andExpect(xpath("//tr[@id='row-audit-llmweights']/td[1]").string(containsString("closed")))
            .andExpect(xpath("//tr[@id='row-audit-llmweights']/td[2]").string(containsString("partial")))
            .andExpect(xpath("//tr[@id='row-audit-llmweights']/td[2]//a/@href").string("/sources#tracker-llama-2-chat"))
            .andExpect(xpath("//tr[@id='row-audit-rldata']/td[2]").string(containsString("not applicable")));
        mvc.perform(get("/api/compare?models=gpt-4,bloom"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.sections[*].id").value(hasItem("openness")));
        mvc.perform(get("/compare?models=gpt-oss-120b,bloom"))
            .andExpect(xpath("count(//tbody[@id='section-openness']/tr)").number(3.0 + 12 + 14))
            .andExpect(xpath("//tr[@id='row-openness-audit']/td[1]").string(containsString("European Open Source AI Index, 12 criteria")))
            .andExpect(xpath("//tr[@id='row-audit-osai-index-weights_endmodel']/td[1]").string(containsString("open")))
            .andExpect(xpath("//tr[@id='row-audit-osai-index-weights_endmodel']/td[2]").string(containsString("audited on the Opening up ChatGPT tracker")));
    }

    @Test
    void theCatalogueShowsTheScoreAndFiltersAndSortsByIt() throws Exception {
        mvc.perform(get("/models"))
            .andExpect(xpath("//table[@id='catalogue']//tr[th/a='BLOOM (176B)']/td[3]").string(allOf(
                    containsString("Open weights"), containsString("score 0.75"))));
        mvc.perform(get("/models").param("minScore", "0.5"))
            .andExpect(status().isOk())
            .andExpect(xpath("//table[@id='catalogue']/tbody").string(allOf(containsString("BLOOM"),
                    containsString("T5-11B"), containsString("BERT-Large"), not(containsString("Llama 2")),
                    not(containsString("GPT-4 (8K)")))))
            .andExpect(xpath("//input[@name='minScore']/@value").string("0.5"))
            .andExpect(xpath("//p[@id='left-out']").string(containsString("left out 130 models with too little evidence")));
        mvc.perform(get("/models").param("minScore", "0.8"))
            .andExpect(xpath("//table[@id='catalogue']/tbody").string(allOf(not(containsString("gpt-oss")),
                    not(containsString("Qwen3")))));
        mvc.perform(get("/models/mixtral-8x22b"))
            .andExpect(xpath("//strong[@id='openness-score']").string("too little evidence"))
            .andExpect(xpath("//p[@id='openness-coverage']").string(containsString("3 of 14 criteria assessed")));
        mvc.perform(get("/models").param("sort", "openness"))
            .andExpect(xpath(CATALOGUE + "[1]/th/a").string("BLOOM (176B)"))
            .andExpect(xpath(CATALOGUE + "[2]/th/a").string("T5-11B"))
            .andExpect(xpath(CATALOGUE + "[3]/th/a").string("BERT-Large"))

            .andExpect(xpath(CATALOGUE + "[th/a='BLOOM (176B)']/following-sibling::tr[th/a='Llama 2 70B']").exists());
        // too little evidence for a score: after every audited model, whichever the direction
        mvc.perform(get("/models").param("sort", "openness").param("status", "all").param("vendor", "openai"))
            .andExpect(xpath(CATALOGUE + "[th/a='GPT-4 (8K)']/following-sibling::tr[th/a='GPT-5.5']").exists());
        mvc.perform(get("/models").param("sort", "openness").param("dir", "desc").param("status", "all"))
            .andExpect(xpath(CATALOGUE + "[1]/th/a").string("GPT-3.5 Turbo"));
        mvc.perform(get("/models").param("openness", "open-weights").param("sort", "openness").param("dir", "desc"))
            .andExpect(xpath(CATALOGUE + "[th/a='Llama 2 70B']/following-sibling::tr[th/a='BLOOM (176B)']").exists());
    }

    @Test
    void aBadMinimumScoreIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/models").param("minScore", "2"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("minScore must be a number from 0 to 1")));
        mvc.perform(get("/models").param("minScore", "lots"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/models").param("minScore", "NaN"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("minScore"));
    }

    @Test
    void theJsonApiCarriesTheScoreAndTheAudit() throws Exception {
        mvc.perform(get("/api/models/llama-2-70b"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.openness.level").value("open-weights"))
            .andExpect(jsonPath("$.openness.assessedFeatures").value(11))
            .andExpect(jsonPath("$.openness.features.length()").value(14))
            .andExpect(jsonPath("$.openness.features[0].feature").value("opencode"))
            .andExpect(jsonPath("$.openness.features[0].status").value("closed"))
            .andExpect(jsonPath("$.openness.features[0].source.id").value("tracker-llama-2-chat"));
        mvc.perform(get("/api/models").param("minScore", "0.7"))
            .andExpect(jsonPath("$.length()").value(2))
            .andExpect(jsonPath("$[0].openness.score").isNumber())
            .andExpect(header().string("Openness-Left-Out-Too-Little-Evidence", "130"));
        mvc.perform(get("/api/models/gpt-oss-120b"))
            .andExpect(jsonPath("$.openness.audit.criteria").value("osai-index"))
            .andExpect(jsonPath("$.openness.audit.sourceId").value("osai-index.gpt-oss"))
            .andExpect(jsonPath("$.openness.coverage").value("12 of 12 criteria assessed"))
            .andExpect(jsonPath("$.openness.features.length()").value(12))
            .andExpect(jsonPath("$.openness.features[2].feature").value("weights_basemodel"));
        mvc.perform(get("/api/models/mixtral-8x22b"))
            .andExpect(jsonPath("$.openness.tooLittleEvidence").value(true))
            .andExpect(jsonPath("$.openness.score").doesNotExist())
            .andExpect(jsonPath("$.openness.audit.criteria").value("opening-up-chatgpt"));
    }

    @Test
    void theSourcesPageListsTheAuditRatingsThatCiteTheTracker() throws Exception {
        mvc.perform(get("/sources"))
            .andExpect(status().isOk())
            .andExpect(xpath("//article[@id='tracker-llama-2-chat']//details").string(
                    containsString("Llama 2 70B — openness audit, LLM weights: partial")))
            .andExpect(xpath("//li[@id='credit-osai-index']").string(allOf(containsString("CC BY 4.0"),
                    containsString("doi:10.5281/zenodo.15386042"))))
            .andExpect(xpath("//article[@id='seed-000']//details").string(containsString("Claim checked")));
    }
}
