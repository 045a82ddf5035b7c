package com.llmcompare.cost;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Self-hosting today's open models on /cost and /api/cost with today's data set: Llama 3.3 70B Instruct on
 * H100s at fp8 (TensorRT-LLM 1.0's table, TP2: 1,000 in / 1,000 out at 4,205 output tokens/s, the median of
 * the four even-mix runs, line 74), gpt-oss-120b (GPUStack's vLLM runs), an H100 at SemiAnalysis InferenceX's
 * $1.30 3-year rental.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfHostingPagesTests {

    private static final String LLAMA = "llama-3.3-70b-instruct";

    private static final String ON_H100 = "models=" + LLAMA + "&gpu." + LLAMA + "=h100&precision." + LLAMA + "=fp8";

    @Autowired
    MockMvc mvc;

    @Test
    void anUpperBoundIsCostedAsOneAndSaysSo() throws Exception {
        // 4,205 output tokens/s × (1,000 + 1,000) ÷ 1,000 = 8,410 tokens/s on 2 GPUs; 2 × $1.30 × 730 h = $1,898;
        // 2M tokens ÷ (8,410 × 3,600 × 50%) = 0.1321 h × 2 × $1.30 = $0.34
        mvc.perform(get("/api/cost?" + ON_H100))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.selfHosting[0].gpuType").value("NVIDIA H100 SXM 80GB"))
            .andExpect(jsonPath("$.selfHosting[0].precision").value("fp8"))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.kind").value("upper-bound"))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.engine").value("TensorRT-LLM 1.0"))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.entry").value("trtllm-perf-overview/trtllm_v1.0_max_throughput.csv:74"))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.outputTokensPerSecond").value(4205))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.source.id").value("trtllm-perf-overview"))
            .andExpect(jsonPath("$.selfHosting[0].gpuCount.value").value(2))
            .andExpect(jsonPath("$.selfHosting[0].tokensPerSecond.value").value(8410))
            .andExpect(jsonPath("$.selfHosting[0].tokensPerSecond.confidence").value("low"))
            .andExpect(jsonPath("$.selfHosting[0].gpuHourlyUsd.value").value(1.3))
            .andExpect(jsonPath("$.selfHosting[0].gpuHourlyUsd.source.id").value("inferencex-gpu-costs"))
            .andExpect(jsonPath("$.selfHosting[0].alwaysOnMonthlyUsd").value(1898.0))
            .andExpect(jsonPath("$.selfHosting[0].onDemandMonthlyUsd").value(0.34))
            .andExpect(jsonPath("$.selfHosting[0].architectureSource.id").value("gh-aiconfigurator-llama-3.3-70b-instruct"))
            .andExpect(jsonPath("$.selfHosting[0].options[?(@.gpu == 'h100')].costed").value(true))
            .andExpect(jsonPath("$.selfHosting[0].options[?(@.gpu == 'rtx-pro-6000')].usdPerGpuHour").isEmpty());
        mvc.perform(get("/cost?" + ON_H100))
            .andExpect(status().isOk())
            .andExpect(xpath("//section[@id='hosting-" + LLAMA + "']//dd[@class='throughput']")
                .string(allOf(containsString("An upper bound, not typical"), containsString("8,410 tokens/s per replica"))))
            .andExpect(xpath("//li[@id='verdict-self-hosted']").string(containsString(
                    "Llama 3.3 70B Instruct always-on (2 × NVIDIA H100 SXM 80GB, at an upper-bound throughput) — $1,898.00")))
            .andExpect(xpath("//section[@id='hosting-" + LLAMA + "']//dd[@class='sizing']")
                .string(containsString("KV cache 2 × 8 KV heads × 128 dims × 80 layers × 2,000 tokens")))
            .andExpect(xpath("//section[@id='hosting-" + LLAMA + "']//table[@class='hosting-options']"
                    + "//tr[@data-gpu='h100']//span[@class='badge']").string("costed above"))
            .andExpect(xpath("//section[@id='hosting-" + LLAMA + "']//table[@class='hosting-options']"
                    + "//tr[@data-gpu='rtx-pro-6000']/td[3]").string("no price"))
            // each option links to this page with it picked, the old pick replaced rather than repeated
            .andExpect(xpath("//section[@id='hosting-" + LLAMA + "']//tr[@data-gpu='b200']//a/@href")
                .string(allOf(containsString("gpu." + LLAMA + "=b200&precision." + LLAMA + "=fp4"),
                        not(containsString("=h100")))));
    }

    @Test
    void aServingBenchmarkIsPreferredAndItsLatencyShown() throws Exception {
        mvc.perform(get("/api/cost?models=gpt-oss-120b"))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.kind").value("serving"))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.engine").value("vLLM v0.10.2"))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.source.id").value("gpustack-performance-lab"))
            .andExpect(jsonPath("$.selfHosting[0].precision").value("mxfp4"))
            .andExpect(jsonPath("$.selfHosting[0].tokensPerSecond.confidence").value("medium"));
        mvc.perform(get("/cost?models=gpt-oss-120b"))
            .andExpect(xpath("//section[@id='hosting-gpt-oss-120b']//dd[@class='throughput']")
                .string(allOf(containsString("A serving benchmark."), containsString("Median time per output token"))));
    }

    @Test
    void aRequestsLengthPicksTheRunNearestIt() throws Exception {
        // 150 in / 150 out: the 128 / 128 run (line 58: 6,378 output tokens/s on 2 GPUs) is the nearest in length
        mvc.perform(get("/api/cost?" + ON_H100 + "&requestsPerDay=1000&inputTokensPerRequest=150&outputTokensPerRequest=150"))
            .andExpect(jsonPath("$.selfHosting[0].measuredRun.entry").value("trtllm-perf-overview/trtllm_v1.0_max_throughput.csv:58"))
            .andExpect(jsonPath("$.selfHosting[0].tokensPerSecond.value").value(12756));
    }

    @Test
    void concurrencySizesTheKvCacheAndStaysInTheLink() throws Exception {
        // 64 requests of 8,000 + 192 tokens: 4,096 bytes × 80 layers × 8,192 × 64 = 171.80 GB of cache, with the
        // 70 GB of weights 241.8 GB over 72 GB usable per H100 = 3.36 → 4 GPUs
        String query = ON_H100 + "&requestsPerDay=1000&inputTokensPerRequest=8000&outputTokensPerRequest=192&concurrency=64";
        mvc.perform(get("/api/cost?" + query))
            .andExpect(jsonPath("$.selfHosting[0].gpusNeeded").value(4))
            .andExpect(jsonPath("$.selfHosting[0].gpuCount.value").value(4))
            .andExpect(jsonPath("$.selfHosting[0].memoryNeededGb").value(241.79869184))
            .andExpect(jsonPath("$.shareUrl").value(allOf(containsString("concurrency=64"),
                    containsString("gpu." + LLAMA + "=h100"), containsString("precision." + LLAMA + "=fp8"))));
        mvc.perform(get("/cost.csv?" + query))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("4 × NVIDIA H100 SXM 80GB at fp8"),
                    containsString("an upper bound (maximum-throughput table): TensorRT-LLM"),
                    containsString("gh-aiconfigurator-llama-3.3-70b-instruct"))));
    }

    @Test
    void aGpuWithoutAMeasurementSaysSoInsteadOfEstimating() throws Exception {
        mvc.perform(get("/cost?models=" + LLAMA + "&gpu." + LLAMA + "=l4"))
            .andExpect(status().isOk())
            .andExpect(xpath("//ul[@id='not-self-hosted']/li[@data-model='" + LLAMA + "']")
                .string(allOf(containsString("no measured throughput on NVIDIA L4 24GB in the data set"),
                        containsString("was measured on"), containsString("NVIDIA H100 SXM 80GB at fp8"))));
    }

    @Test
    void badPicksAreA400NamingTheParameterAndWhatIsAllowed() throws Exception {
        mvc.perform(get("/api/cost?models=" + LLAMA + "&gpu." + LLAMA + "=h900"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].parameter").value("gpu." + LLAMA))
            .andExpect(jsonPath("$.errors[0].detail").value(allOf(containsString("names no GPU"),
                    containsString("h100"), containsString("mi300x"))));
        mvc.perform(get("/api/cost?models=" + LLAMA + "&precision." + LLAMA + "=fp3"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].parameter").value("precision." + LLAMA))
            .andExpect(jsonPath("$.errors[0].detail").value(containsString("fp8, int8")));
        mvc.perform(get("/api/cost?models=" + LLAMA + "&concurrency=0"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].parameter").value("concurrency"))
            .andExpect(jsonPath("$.errors[0].detail").value(containsString("too small")));
        mvc.perform(get("/cost?models=" + LLAMA + "&gpu." + LLAMA + "=%3Cscript%3E"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(not(containsString("<script>"))));
        // a pick for a model not selected is ignored, like any unused parameter
        mvc.perform(get("/api/cost?models=gpt-oss-120b&gpu." + LLAMA + "=h900"))
            .andExpect(status().isOk());
    }
}
