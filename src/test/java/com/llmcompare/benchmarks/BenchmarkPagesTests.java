package com.llmcompare.benchmarks;

import static org.hamcrest.Matchers.containsString;
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
class BenchmarkPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listDescribesEveryBenchmark() throws Exception {
        mvc.perform(get("/benchmarks"))
            .andExpect(status().isOk())
            .andExpect(xpath("//table//th/a[.='HumanEval']").exists())
            .andExpect(xpath("//table//th/a[.='WinoGrande' or .='Winogrande']").exists())
            .andExpect(content().string(containsString("164")));
    }

    @Test
    void mmluPageHasTableAndChartWithRealScores() throws Exception {
        mvc.perform(get("/benchmarks/mmlu"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("57 general-knowledge tasks")))
            .andExpect(xpath("//table[@id='benchmark-scores']/tbody/tr[th/a='GPT-4 (8K)']/td[1]").string(containsString("86.4%")))
            .andExpect(xpath("//*[local-name()='svg'][@role='img']/*[local-name()='title']").string("MMLU scores"))
            .andExpect(xpath("//*[local-name()='svg']//*[local-name()='text'][.='68.9%%']").exists());
    }

    @Test
    void humanEvalShowsReflexionAsASystemNotAModel() throws Exception {
        mvc.perform(get("/benchmarks/humaneval"))
            .andExpect(status().isOk())
            .andExpect(xpath("//table[@id='benchmark-scores']//tr[td[1][contains(.,'91%%')]]/th/span")
                .string(containsString("Reflexion")))
            .andExpect(content().string(containsString("up to 53%")));
    }

    @Test
    void unknownBenchmarkIs404WithSuggestion() throws Exception {
        mvc.perform(get("/benchmarks/mmlu-pro-max"))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("mmlu-pro-max")));
        mvc.perform(get("/benchmarks/humaneva"))
            .andExpect(status().isNotFound())
            .andExpect(xpath("//ul[@id='suggestions']/li[1]/a/@href").string("/benchmarks/humaneval"));
    }

    @Test
    void sourcesPageListsEachSourceWithTheFactsCitingIt() throws Exception {
        mvc.perform(get("/sources"))
            .andExpect(status().isOk())
            .andExpect(xpath("//article[@id='seed-000']//h2").string(containsString("Comparing Llama and GPT")))
            .andExpect(xpath("//article[@id='seed-000']//details/ul").string(containsString("MMLU 86.4")))
            .andExpect(xpath("//article[@id='llama2-license']").exists());
    }
}
