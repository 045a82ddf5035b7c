package com.llmcompare.openness;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class OpenVsClosedPagesTests {

    private static final String RANKING = "//table[@id='ranking']/tbody/tr";

    @Autowired
    MockMvc mvc;

    @Test
    void theGuideShowsEveryTableRowWithItsArticleAndTheLicensingExceptionsFromTheData() throws Exception {
        mvc.perform(get("/open-vs-closed"))
            .andExpect(status().isOk())
            .andExpect(xpath("//nav//a[@aria-current='page']").string("Open vs closed"))
            .andExpect(xpath("count(//table[@id='tradeoff-table']/tbody/tr)").number(25.0))
            .andExpect(xpath("//tr[@id='row-dim-001-table-15']/td[1]").string(containsString("Open source licenses (e.g., Apache, MIT)")))
            .andExpect(xpath("//tr[@id='row-dim-001-table-15']/td[1]/sup/a/@href").string("/sources#seed-001"))
            .andExpect(xpath("//tr[@id='row-dim-001-table-15']/td[3]").string(allOf(
                    containsString("Llama 2 Community License Agreement"), containsString("Llama 2 70B"),
                    containsString("Falcon-180B"), containsString("BLOOM"))))
            .andExpect(xpath("//tr[@id='row-dim-001-table-15']/td[3]").string(not(containsString("Falcon-40B"))))
            .andExpect(xpath("//tr[@id='row-dim-001-table-15']/td[3]//a[@href='/models/falcon-180b#openness']").exists())
            .andExpect(xpath("//tr[@id='row-dim-001-table-02']/td[3]//p[@data-check='closed-fine-tuning']").string(
                    allOf(containsString("GPT-3.5 Turbo"), containsString("PaLM 2"))))
            .andExpect(xpath("//tr[@id='row-dim-001-table-19']/th").string(containsString("repeats row 3")));
    }

    @Test
    void theGuideListsAdvantagesHybridApproachesAndEveryModelsLevelWithItsReason() throws Exception {
        mvc.perform(get("/open-vs-closed"))
            .andExpect(xpath("count(//div[@id='list-open-advantage']//li)").number(4.0))
            .andExpect(xpath("//div[@id='list-closed-challenge']").string(containsString("Monopoly Risks")))
            .andExpect(xpath("//li[@id='hybrid-002-example-1']").string(containsString("A partially open-source model with restricted access.")))
            .andExpect(xpath("//li[@id='hybrid-002-example-1']/sup/a/@href").string("/sources#seed-002"))
            .andExpect(xpath("//p[@id='hybrid-in-data']").string(allOf(containsString("Llama 2 70B"), containsString("BLOOM"))))
            .andExpect(xpath("count(//table[@id='levels-table']/tbody/tr)").number(214.0))
            .andExpect(xpath("//tr[@id='level-llama-2-70b']/td[1]").string("Open weights"))
            .andExpect(xpath("//tr[@id='level-llama-2-70b']/td[4]").string(allOf(containsString("not OSI-approved"),
                    containsString("training code is not public"))))
            .andExpect(xpath("//tr[@id='level-t5-11b']/td[1]").string("Open weights"))
            .andExpect(xpath("//tr[@id='level-bloom']/td[2]").string("0.75"));
    }

    @Test
    void theClaimsAreCheckedWithVerdictsEvidenceAndTheCostRatioAtTheWorkload() throws Exception {
        mvc.perform(get("/open-vs-closed"))
            .andExpect(xpath("//article[@id='claim-llama2-first-free-commercial']//span[contains(@class,'verdict')]").string("does not hold"))
            .andExpect(xpath("//article[@id='claim-llama2-first-free-commercial']//a[@href='/sources#kaitchup-falcon-license']").exists())
            .andExpect(xpath("//article[@id='claim-gpt4-no-fine-tuning']//span[contains(@class,'verdict')]").string("holds"))
            .andExpect(xpath("//article[@id='claim-bloom-open-source']//span[contains(@class,'verdict')]").string("partly holds"))
            .andExpect(xpath("//article[@id='claim-legalbench-agentbench']//span[contains(@class,'verdict')]").string("unverified"))
            // GPT-4 at its last list price ($30/$60) vs Llama 2 70B Chat's cheapest current offer, x1.19 tokens:
            // 10M in + 2M out = $420 vs (10 x 0.64 + 2 x 0.80) x 1.19 = $9.52
            .andExpect(xpath("//article[@id='claim-cost-18x']//p[@class='cost-ratio']").string(allOf(
                    containsString("$420.00"), containsString("$9.52"), containsString("44.12×"))));
    }

    @Test
    void theDefaultRankingUsesEqualWeightsAndStatesItsDefaultsAndThatItIsNotAdvice() throws Exception {
        // by default the generative models that can still be used: the retired ones are left out
        mvc.perform(get("/open-vs-closed"))
            .andExpect(xpath("count(" + RANKING + ")").number(159.0))
            .andExpect(xpath(RANKING + "[th/a='T5-11B']").doesNotExist())
            .andExpect(xpath("//tr[@id='rank-gpt-4']").doesNotExist());
        mvc.perform(get("/open-vs-closed").param("status", "all"))
            .andExpect(xpath("//p[@id='not-advice']").string(allOf(containsString("transparent heuristic"),
                    containsString("not advice"))))
            .andExpect(xpath("//p[@id='defaults']").string(allOf(containsString("every weight 3"),
                    containsString("10,000,000"), containsString("2,000,000"))))
            .andExpect(xpath("count(" + RANKING + ")").number(212.0))
            .andExpect(xpath("count(//table[@id='ranking']/thead/tr/th)").number(12.0))
            .andExpect(xpath("//input[@id='share-url']/@value").string(
                    "http://localhost:8080/open-vs-closed?cost=3&privacy=3&customization=3&transparency=3&support=3"
                            + "&quality=3&license=3&inputTokens=10000000&outputTokens=2000000&status=all"))
            .andExpect(xpath("//tr[@id='rank-gpt-4']/td[last()]").string("1"))
            .andExpect(xpath("//tr[@id='rank-bert-large']").doesNotExist())
            .andExpect(xpath("//tr[@id='rank-bloom']/td[last()]").string("none"))
            .andExpect(xpath("//tr[@id='rank-gpt-4']/th").string(containsString("retired")));
    }

    @Test
    void nonGenerativeModelsAreRankedOnlyWhenAskedForAndMissingOpennessEvidenceMovesTheWeight() throws Exception {
        mvc.perform(get("/open-vs-closed").param("include", "non-generative"))
            .andExpect(status().isOk())
            .andExpect(xpath("count(" + RANKING + ")").number(161.0))
            .andExpect(xpath(RANKING + "[th/a='T5-11B']").exists());
        mvc.perform(get("/open-vs-closed").param("include", "all-of-them"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/open-vs-closed"))
            .andExpect(xpath("//tr[@id='rank-qwen3-32b']").string(containsString("its weight moves")));
    }

    @Test
    void allWeightOnTransparencyPutsTheMostOpenAuditedModelFirst() throws Exception {
        mvc.perform(get("/open-vs-closed").param("transparency", "5").param("cost", "0").param("privacy", "0")
            .param("customization", "0").param("support", "0").param("quality", "0").param("license", "0"))
            .andExpect(status().isOk())
            .andExpect(xpath(RANKING + "[1]/th/a").string("BLOOM (176B)"))
            .andExpect(xpath(RANKING + "[1]/th/span[1]").string("Open weights"))
            .andExpect(xpath(RANKING + "[1]/td[2]").string("75.0"))
            .andExpect(xpath("count(//table[@id='ranking']/thead/tr/th)").number(6.0))
            .andExpect(xpath(RANKING + "[1]/td[3]/a/@href").string("/models/bloom#openness"));
    }

    @Test
    void allWeightOnQualityPutsGpt4FirstWithoutTheReflexionResult() throws Exception {
        mvc.perform(get("/open-vs-closed?quality=5&cost=0&privacy=0&customization=0&transparency=0&support=0&license=0&year=2023&status=all"))
            .andExpect(status().isOk())
            // first among the articles' models (the catalogue also holds today's models)
            .andExpect(xpath("(" + RANKING + "[@id='rank-gpt-4' or @id='rank-gpt-4-32k' or @id='rank-gpt-3.5-turbo' or @id='rank-llama-2-7b' or @id='rank-llama-2-13b' or @id='rank-llama-2-70b' or @id='rank-llama-2-7b-chat' or @id='rank-llama-2-13b-chat' or @id='rank-llama-2-70b-chat' or @id='rank-code-llama-34b' or @id='rank-code-llama-70b-instruct' or @id='rank-phind-codellama-34b-v2' or @id='rank-falcon-7b' or @id='rank-falcon-40b' or @id='rank-falcon-180b' or @id='rank-claude-2' or @id='rank-palm-2' or @id='rank-bard' or @id='rank-bloom' or @id='rank-t5-11b' or @id='rank-bert-large'])[1]/@id").string("rank-gpt-4"))
            .andExpect(xpath("//tr[@id='rank-gpt-4']/td[3]").string(containsString("on 1 benchmark")))
            .andExpect(xpath("//tr[@id='rank-gpt-4']/td[3]/a/@href").string("/models/gpt-4#scores"))
            // Phind's only score (HumanEval) is not one of the benchmarks that feed quality
            .andExpect(xpath("//tr[@id='rank-phind-codellama-34b-v2']/td[last()]").string("none"))
            .andExpect(xpath("//tr[@id='rank-falcon-40b']/td[3]").string(containsString("no data")))
            .andExpect(xpath("//tr[@id='rank-t5-11b']").doesNotExist());
    }

    @Test
    void theWeightsAndVolumeComeFromTheUrlAndUnknownParametersAreIgnored() throws Exception {
        mvc.perform(get("/open-vs-closed?cost=5&privacy=0&customization=0&transparency=0&support=0&quality=0&license=0"
                + "&inputTokens=1000000&outputTokens=1000000&status=all&utm_source=newsletter&fbclid=abc"))
            .andExpect(status().isOk())
            .andExpect(xpath("//input[@name='cost']/@value").string("5"))
            .andExpect(xpath("//input[@name='inputTokens']/@value").string("1000000"))
            .andExpect(xpath("//input[@id='share-url']/@value").string(allOf(containsString("cost=5&privacy=0"),
                    containsString("inputTokens=1000000&outputTokens=1000000"), not(containsString("utm_source")))))
            .andExpect(xpath("//p[@id='workload']").string(containsString("1,000,000")))
            // Llama 2 70B Chat at DeepInfra, $0.64 / $0.80 per 1M tokens, x1.19: (0.64 + 0.80) x 1.19 = $1.71
            .andExpect(xpath("//tr[@id='rank-llama-2-70b-chat']/td[3]").string(containsString("$1.71 a month")))
            // Llama 2 7B Chat was sold only by Anyscale Endpoints, which closed on 2024-08-01
            .andExpect(xpath("//tr[@id='rank-llama-2-7b-chat']/td[3]").string(containsString("no current API price")))
            .andExpect(xpath("//tr[@id='rank-bloom']/td[3]").string(allOf(containsString("no data"),
                    containsString("self-hosting"))))
            .andExpect(xpath("//tr[@id='rank-palm-2']/td[3]").string(containsString("billed per 1,000 characters")))
            .andExpect(xpath("//tr[@id='rank-bard']/td[3]").string(containsString("no API")));
    }

    @Test
    void allWeightsZeroAsksForAWeightInsteadOfRanking() throws Exception {
        mvc.perform(get("/open-vs-closed?cost=0&privacy=0&customization=0&transparency=0&support=0&quality=0&license=0"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='no-weights']").exists())
            .andExpect(xpath("//table[@id='ranking']").doesNotExist());
    }

    @Test
    void aWeightOutsideZeroToFiveIsA400WithTheMessageAtTheFieldAndTheValuesKept() throws Exception {
        mvc.perform(get("/open-vs-closed?cost=7&privacy=2&quality=abc&inputTokens=-5"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//input[@name='cost']/@value").string("7"))
            .andExpect(xpath("//input[@name='cost']/@aria-invalid").string("true"))
            .andExpect(xpath("//input[@name='privacy']/@value").string("2"))
            .andExpect(xpath("//input[@name='privacy']/@aria-invalid").string("false"))
            .andExpect(xpath("//input[@name='quality']/@value").string("abc"))
            .andExpect(xpath("//p[@id='cost-error']").string(containsString("must be a whole number from 0 to 5")))
            .andExpect(xpath("//p[@id='quality-error']").string(containsString("must be a whole number from 0 to 5")))
            .andExpect(xpath("//p[@id='inputTokens-error']").string(containsString("whole number of tokens")))
            .andExpect(xpath("//p[@id='privacy-error']").doesNotExist())
            .andExpect(xpath("//table[@id='ranking']").doesNotExist())
            .andExpect(xpath("//table[@id='tradeoff-table']").exists());
    }

    @Test
    void badInputIsEscapedAndNeverA500() throws Exception {
        mvc.perform(get("/open-vs-closed").param("license", "<script>alert(1)</script>"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
            .andExpect(xpath("//p[@id='license-error']").string(startsWith("Licence freedom (license)")));
        mvc.perform(get("/open-vs-closed").param("cost", "1", "2"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//p[@id='cost-error']").exists());
        mvc.perform(get("/open-vs-closed").param("outputTokens", "99999999999999999999999"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//p[@id='outputTokens-error']").exists());
        mvc.perform(get("/open-vs-closed").param("cost", "2.5").param("transparency", " 4 "))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//p[@id='transparency-error']").doesNotExist());
    }

    @Test
    void anEmptyFieldTakesItsDefault() throws Exception {
        mvc.perform(get("/open-vs-closed?cost=&inputTokens="))
            .andExpect(status().isOk())
            .andExpect(xpath("//input[@id='share-url']/@value").string(containsString("cost=3&")));
    }
}
