package com.llmcompare.cost;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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

/** The /cost page with the real data set, "today" being 2026-11-23 ({@link FixedClock}). */
@SpringBootTest
@AutoConfigureMockMvc
class CostPageTests {

    /** The calculator's defaults before GPT-4 and GPT-3.5 Turbo were shut down: the articles' open/closed mix. */
    private static final String ARTICLES_MIX = "/cost?models=gpt-4,gpt-3.5-turbo,llama-2-70b-chat,llama-2-70b";

    /** An offer's row, shown as its model's row or folded under it. */
    private static final String API_ROW = "//table[@id='api-costs']//tr[@data-price='%s']";

    @Autowired
    MockMvc mvc;

    private static String row(String priceId) {
        return API_ROW.formatted(priceId);
    }

    @Test
    void gpt4At1MInputAnd1MOutputCosts90DollarsAnd32kCosts180() throws Exception {
        mvc.perform(get("/cost?models=gpt-4,gpt-4-32k&inputTokens=1000000&outputTokens=1000000"))
            .andExpect(status().isOk())
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'monthly')]").string("$90.00"))
            .andExpect(xpath(row("p-gpt4-32k") + "/td[contains(@class,'monthly')]").string("$180.00"))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'multiple')]").string("1.00×"))
            .andExpect(xpath(row("p-gpt4-32k") + "/td[contains(@class,'multiple')]").string("2.00×"))
            // Per 1M and per 1K, sorted by monthly cost.
            .andExpect(xpath(row("p-gpt4-8k") + "/td[1]").string("$30"))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[2]").string("$60"))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[3]").string("$0.03 / $0.06"))
            .andExpect(xpath("//table[@id='api-costs']/tbody[1]/tr[1]/@data-price").string("p-gpt4-8k"))
            .andExpect(xpath("//table[@id='api-costs']/tbody[2]/tr[1]/@data-price").string("p-gpt4-32k"));
    }

    @Test
    void defaultsAreAnOpenAndClosedMixWithTheirShareLink() throws Exception {
        // models that can still be bought: GPT-5.5 and GPT-4.1 mini against Llama 2 70B, hosted and self-hosted
        mvc.perform(get("/cost"))
            .andExpect(status().isOk())
            // the defaults ticked in the picker, by name; the slug field empty
            .andExpect(xpath("//div[@id='model-picker']//input[@checked]/@value").nodeCount(4))
            .andExpect(xpath("//div[@id='model-picker']//input[@value='gpt-5.5']/@checked").exists())
            .andExpect(xpath("//div[@id='model-picker']//input[@value='llama-2-70b']/@checked").exists())
            .andExpect(xpath("//input[@id='f-models']/@value").string(""))
            .andExpect(xpath("//input[@name='inputTokens']/@value").string("1000000"))
            .andExpect(xpath("//a[@id='share-link']/@href").string("/cost?models=gpt-5.5,gpt-4.1-mini,llama-2-70b-chat,"
                    + "llama-2-70b&inputTokens=1000000&outputTokens=1000000&cachedShare=0&utilization=50"))
            .andExpect(xpath("//a[@id='csv-link']/@href").string(containsString("/cost.csv?models=gpt-5.5,")))
            .andExpect(xpath("//a[@id='json-link']/@href").string(containsString("/api/cost?models=gpt-5.5,")))
            .andExpect(xpath("//link[@rel='canonical']/@href").string(containsString("/cost?models=gpt-5.5,")))
            .andExpect(xpath("count(//table[@id='api-costs']//span[contains(@class,'badge')][.='retired'])").number(0.0))
            .andExpect(xpath("//nav//a[@aria-current='page']").string("Cost"));
        // the articles' mix (GPT-4 and GPT-3.5 Turbo were shut down on 2026-10-23: priced for comparison only)
        mvc.perform(get(ARTICLES_MIX))
            .andExpect(status().isOk())
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'monthly')]").string("$90.00"))
            // Llama 2 70B Chat at DeepInfra, $0.64 / $0.80 per 1M Llama tokens × 1.19: the cheapest.
            .andExpect(xpath("//table[@id='api-costs']/tbody[1]/tr[1]/@data-price").string("p-llama70-deepinfra"))
            .andExpect(xpath(row("p-llama70-deepinfra") + "/td[contains(@class,'monthly')]").string("$1.71"))
            // one row per model: Together's dearer offer of the same model folds under DeepInfra's
            .andExpect(xpath("//table[@id='api-costs']/tbody[@data-model='llama-2-70b-chat']/tr").nodeCount(2))
            .andExpect(xpath("//table[@id='api-costs']/tbody[@data-model='llama-2-70b-chat']/tr[@class='more-offers']"
                    + "//details/summary").string(startsWith("1 more offer of Llama 2 70B Chat: $2.14")))
            .andExpect(xpath("//table[@id='api-costs']/tbody[@data-model='llama-2-70b-chat']//details"
                    + "/table[@class='offers']/tbody/tr/@data-price").string("p-llama70-together"))
            .andExpect(xpath(row("p-llama70-deepinfra") + "/td[contains(@class,'multiplier')]").string("× 1.19"))
            .andExpect(xpath(row("p-llama70-together") + "/td[contains(@class,'monthly')]").string("$2.14"))
            // Anyscale Endpoints closed on 2024-08-01 (data/providers.json): its offer is no longer costed.
            .andExpect(xpath(row("p-llama70-anyscale")).doesNotExist())
            .andExpect(content().string(containsString("30.4375 days")))
            .andExpect(xpath("//li[@data-model='llama-2-70b']").string(containsString("no hosted API price")));
    }

    @Test
    void eachPriceShowsItsDatesSourceAndAgeWhenOlderThan180Days() throws Exception {
        mvc.perform(get(ARTICLES_MIX))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'price-date')]").string(allOf(
                    containsString("from 2023-03-14"), containsString("checked 2024-06-06"),
                    containsString("900 days old"))))
            .andExpect(xpath(row("p-gpt4-8k") + "//sup[@class='cite']/a[@href='/sources#sada-genai-pricing-2023']")
                .exists())
            .andExpect(xpath(row("p-llama70-together") + "/td[contains(@class,'price-date')]")
                .string(containsString("at least 1,058 days old")))
            // Checked only "2026": a check whose day is not known never counts as recent.
            .andExpect(xpath(row("p-llama70-deepinfra") + "/td[contains(@class,'price-date')]")
                .string(containsString("day of the check not known")));
    }

    @Test
    void aRetiredModelIsPricedAtItsLastPriceOnlyWithAWarning() throws Exception {
        mvc.perform(get("/cost?models=gpt-4-32k,gpt-3.5-turbo"))
            .andExpect(status().isOk())
            .andExpect(xpath(row("p-gpt4-32k") + "/th//span[@class='badge badge-warn']").string("retired"))
            .andExpect(xpath(row("p-gpt4-32k") + "/th/p[contains(@class,'retired-warning')]").string(allOf(
                    containsString("Retired on 2025-06-06"), containsString("priced at its last price"))))
            // GPT-3.5 Turbo's last prices: gpt-3.5-turbo-0125 and the fine-tuned model, not the 2023 launch price.
            .andExpect(xpath(row("p-gpt35-0125") + "/td[contains(@class,'monthly')]").string("$2.00"))
            .andExpect(xpath(row("p-gpt35-ft-2023-08") + "/td[contains(@class,'monthly')]").string("$28.00"))
            .andExpect(xpath(row("p-gpt35-0125") + "/th/p[contains(@class,'retired-warning')]")
                .string(containsString("Retired on 2026-10-23")))
            .andExpect(xpath(row("p-gpt35-2023-03")).doesNotExist());
    }

    @Test
    void theRequestFormGivesCostPerRequestAndAgreesWithTheMonthlyForm() throws Exception {
        // 1,000 requests a day × (500 + 100) tokens × 30.4375 days = 15,218,750 in and 3,043,750 out.
        mvc.perform(get("/cost?models=gpt-4&requestsPerDay=1000&inputTokensPerRequest=500&outputTokensPerRequest=100"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@id='workload-summary']").string(allOf(containsString("15,218,750"),
                    containsString("3,043,750"), containsString("30.4375 days"))))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'monthly')]").string("$639.19"))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'per-request')]").string("$0.021"))
            .andExpect(xpath("//input[@name='requestsPerDay']/@value").string("1000"))
            .andExpect(xpath("//input[@name='inputTokens']/@value").string(""));
        mvc.perform(get("/cost?models=gpt-4&inputTokens=15218750&outputTokens=3043750"))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'monthly')]").string("$639.19"))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'per-request')]").doesNotExist());
    }

    @Test
    void priceOverridesReplaceTheSourcedPrice() throws Exception {
        mvc.perform(get("/cost?models=gpt-4&inputPrice.gpt-4=10"))
            .andExpect(status().isOk())
            .andExpect(xpath(row("p-gpt4-8k") + "/td[contains(@class,'monthly')]").string("$70.00"))
            .andExpect(xpath(row("p-gpt4-8k") + "/td[1]").string("$10"))
            .andExpect(xpath(row("p-gpt4-8k") + "/th/span[@class='badge']").string("your price"))
            .andExpect(xpath("//input[@name='inputPrice.gpt-4']/@value").string("10"))
            .andExpect(xpath("//a[@id='share-link']/@href").string(containsString("&inputPrice.gpt-4=10")));
        // A model without a sourced price is priced only at a price the user gives, never at $0.
        mvc.perform(get("/cost?models=llama-2-70b&inputPrice.llama-2-70b=0.5&outputPrice.llama-2-70b=0.5"))
            .andExpect(status().isOk())
            .andExpect(xpath("//table[@id='api-costs']/tbody/tr[@data-model='llama-2-70b']/td[contains(@class,'monthly')]")
                .string("$1.19"))
            .andExpect(xpath("//table[@id='api-costs']/tbody/tr[@data-model='llama-2-70b']/th")
                .string(containsString("your price")));
    }

    @Test
    void theTokenizerMultiplierIsShownAndEditable() throws Exception {
        mvc.perform(get("/cost?models=llama-2-70b-chat"))
            .andExpect(xpath("//input[@name='tokenizerMultiplier.llama-2-70b-chat']/@placeholder").string("1.19"))
            .andExpect(xpath("//small[@id='h-tokenizerMultiplier.llama-2-70b-chat']").string(containsString("1.19")))
            .andExpect(xpath(row("p-llama70-together") + "/td[contains(@class,'monthly')]").string("$2.14"));
        mvc.perform(get("/cost?models=llama-2-70b-chat&tokenizerMultiplier.llama-2-70b-chat=1"))
            .andExpect(xpath(row("p-llama70-together") + "/td[contains(@class,'monthly')]").string("$1.80"))
            .andExpect(xpath(row("p-llama70-together") + "/td[contains(@class,'multiplier')]").string("× 1"));
    }

    @Test
    void modelsWithoutAPerTokenPriceSaySoAndAreNeverZero() throws Exception {
        mvc.perform(get("/cost?models=bard,palm-2,bert-large"))
            .andExpect(status().isOk())
            .andExpect(xpath("//table[@id='api-costs']").doesNotExist())
            .andExpect(xpath("//li[@data-model='bard']").string(allOf(containsString("no API"),
                    containsString("retired"))))
            .andExpect(xpath("//li[@data-model='palm-2']").string(allOf(containsString("billed per 1,000 characters"),
                    containsString("not comparable per token"))))
            .andExpect(xpath("//li[@data-model='bert-large']").string(containsString("does not generate text")))
            .andExpect(xpath("//ul[@id='not-self-hosted']/li[@data-model='bert-large']")
                .string(containsString("an encoder")))
            // PaLM 2's $0.0005 per 1K characters is shown as such; no model is priced at $0.
            .andExpect(xpath("//section[@id='results']").string(not(matchesPattern("(?s).*\\$0(\\.0+)?(?![0-9.]).*"))));
    }

    @Test
    void aRequestLargerThanTheContextWindowIsFlaggedForThatModel() throws Exception {
        // 8,000 + 500 = 8,500 tokens: over GPT-4's 8,192, within GPT-4-32K's 32,768.
        mvc.perform(get("/cost?models=gpt-4,gpt-4-32k&requestsPerDay=10&inputTokensPerRequest=8000"
                + "&outputTokensPerRequest=500"))
            .andExpect(xpath(row("p-gpt4-8k") + "/th/p[contains(@class,'context-warning')]").string(allOf(
                    containsString("8,500 tokens"), containsString("8,192-token context window"))))
            .andExpect(xpath(row("p-gpt4-32k") + "/th/p[contains(@class,'context-warning')]").doesNotExist());
        // Llama 2 counts 19% more tokens: 3,400 + 100 OpenAI tokens are 4,165 of its own, over 4,096.
        mvc.perform(get("/cost?models=llama-2-70b-chat,t5-11b&requestsPerDay=10&inputTokensPerRequest=3400"
                + "&outputTokensPerRequest=100"))
            .andExpect(xpath(row("p-llama70-together") + "/th/p[contains(@class,'context-warning')]")
                .string(allOf(containsString("4,165 tokens"), containsString("× 1.19"),
                        containsString("4,096-token"))))
            .andExpect(xpath("//table[@id='self-hosting']/tbody/tr[@data-model='t5-11b']//p[contains(@class,'context-warning')]")
                .string(containsString("512-token context window")));
    }

    @Test
    void selfHostingShowsTheSizingWorkingAlwaysOnAndOnDemand() throws Exception {
        mvc.perform(get("/cost?models=llama-2-70b"))
            .andExpect(status().isOk())
            .andExpect(xpath("//section[@id='hosting-llama-2-70b']//dd[@class='sizing']/span[1]")
                .string("70B params × 2 bytes (fp16) × 1.2 headroom = 168 GB; ÷ 80 GB per GPU = 2.1 → 3 GPUs"))
            .andExpect(xpath("//section[@id='hosting-llama-2-70b']//dd[@class='sizing']//a[@href='/sources#nvidia-h100-mig-guide']")
                .exists())
            // 3 GPUs × $3.02 × 730 hours.
            .andExpect(xpath("//table[@id='self-hosting']/tbody/tr[@data-model='llama-2-70b']/td[contains(@class,'always-on')]")
                .string("$6,613.80"))
            // 2M tokens × 1.19 ÷ (3,999 tokens/s × 3,600 s × 50%) = 0.33 hours × 3 × $3.02.
            .andExpect(xpath("//table[@id='self-hosting']/tbody/tr[@data-model='llama-2-70b']/td[contains(@class,'on-demand-hours')]")
                .string("0.33"))
            .andExpect(xpath("//table[@id='self-hosting']/tbody/tr[@data-model='llama-2-70b']/td[contains(@class,'on-demand')][not(contains(@class,'hours'))]")
                .string("$3.00"))
            .andExpect(xpath("//table[@id='self-hosting']/tbody/tr[@data-model='llama-2-70b']/td[contains(@class,'keep-up')]")
                .string("3"))
            .andExpect(xpath("//section[@id='hosting-llama-2-70b']//dd[@class='gpu-price']").string(allOf(
                    containsString("$3.02 per GPU-hour"), containsString("assumption"), containsString("Scaleway"))))
            .andExpect(xpath("//section[@id='hosting-llama-2-70b']//dd[@class='gpu-price']//a[@href='/sources#llm-price-compass']")
                .exists())
            .andExpect(xpath("//section[@id='hosting-llama-2-70b']//dd[@class='throughput']").string(allOf(
                    containsString("3,999 tokens/s per replica"), containsString("1,333 per GPU"),
                    containsString("closest measured model"))));
    }

    @Test
    void hostingOverridesChangeTheSelfHostingCost() throws Exception {
        mvc.perform(get("/cost?models=llama-2-70b&gpuCount.llama-2-70b=4&gpuHourlyUsd.llama-2-70b=2"
                + "&tokensPerSecond.llama-2-70b=5000&utilization=100"))
            .andExpect(status().isOk())
            // 4 × $2 × 730 hours; on demand 2.38M tokens ÷ (5,000 × 3,600 × 100%) = 0.13 hours × 4 × $2.
            .andExpect(xpath("//table[@id='self-hosting']/tbody/tr[@data-model='llama-2-70b']/td[contains(@class,'always-on')]")
                .string("$5,840.00"))
            .andExpect(xpath("//table[@id='self-hosting']/tbody/tr[@data-model='llama-2-70b']/td[contains(@class,'on-demand')][not(contains(@class,'hours'))]")
                .string("$1.06"))
            .andExpect(xpath("//section[@id='hosting-llama-2-70b']//dd[@class='gpu-price']")
                .string(allOf(containsString("your value"), containsString("default $3.02"))))
            .andExpect(xpath("//input[@name='gpuCount.llama-2-70b']/@value").string("4"));
        mvc.perform(get("/cost?models=llama-2-70b&gpuCount.llama-2-70b=2"))
            .andExpect(xpath("//section[@id='hosting-llama-2-70b']//dd[@class='sizing']/p[@class='warning']")
                .string(containsString("need 3 GPUs of 80 GB")));
    }

    @Test
    void breakEvenAgainstEachApiWithReasonsAndOnDemandAsARate() throws Exception {
        String table = "//table[@id='break-even-llama-2-70b']/tbody";
        mvc.perform(get(ARTICLES_MIX))
            // $6,613.80 ÷ ($45 per 1M at an even mix) = 146,973,333 tokens a month.
            .andExpect(xpath(table + "/tr[@data-price='p-gpt4-8k']/td[@class='volume']").string(allOf(
                    containsString("146,973,333 tokens a month"), containsString("point"))))
            .andExpect(xpath(table + "/tr[@data-price='p-gpt4-8k']/td[@class='rate']").string("cheaper at every volume"))
            .andExpect(xpath(table + "/tr[@data-price='p-gpt35-0125']/td[@class='volume']")
                .string(containsString("never: even fully loaded")))
            .andExpect(xpath(table + "/tr[@data-price='p-llama70-deepinfra']/td[@class='rate']")
                .string("dearer at every volume"));
        mvc.perform(get("/cost?models=gpt-4,llama-2-70b&gpuHourlyUsd.llama-2-70b=0"))
            .andExpect(xpath(table + "/tr[@data-price='p-gpt4-8k']/td[@class='volume']")
                .string(containsString("always: self-hosting has no fixed cost")));
    }

    @Test
    void theChartIsAnAccessibleLogLogSvgWithALinePerOptionAndTheCrossingsMarked() throws Exception {
        String svg = "//figure[@id='cost-chart']//*[local-name()='svg']"; // inside its scrolling wrapper
        mvc.perform(get(ARTICLES_MIX))
            .andExpect(xpath(svg + "/@role").string("img"))
            .andExpect(xpath(svg + "/*[local-name()='title']").string("Monthly cost against monthly tokens"))
            .andExpect(xpath(svg + "/*[local-name()='desc']").string(allOf(containsString("log scales"),
                    containsString("GPT-4 (8K) — OpenAI"), containsString("4 crossing points"))))
            // Five API offers (Anyscale's closed), and always-on and on demand for both Llama 2 70B models.
            .andExpect(xpath("count(" + svg + "/*[local-name()='polyline'])").number(9.0))
            .andExpect(xpath("count(" + svg + "//*[local-name()='circle'])").number(4.0))
            .andExpect(xpath("count(" + svg + "//*[@style])").number(0.0))
            .andExpect(xpath(svg + "//*[local-name()='g'][@class='workload']/*[local-name()='text']")
                .string("your workload"));
    }

    @Test
    void theArticlesClaimsAreShownAgainstWhatTheDataGives() throws Exception {
        mvc.perform(get("/cost"))
            .andExpect(xpath("//article[@id='claim-18x']/blockquote").string(containsString("18x times more")))
            .andExpect(xpath("//article[@id='claim-18x']//a[@href='/sources#seed-000']").exists())
            // GPT-4 $0.042 a request against Llama 2 70B Chat on Anyscale $0.001428 (1,200 tokens × 1.19 × $0.001/1K).
            .andExpect(xpath("//article[@id='claim-18x']//strong[@class='numerator-cost']").string("$0.042"))
            .andExpect(xpath("//article[@id='claim-18x']//strong[@class='denominator-cost']").string("$0.001428"))
            .andExpect(xpath("//article[@id='claim-18x']//strong[@class='ratio']").string("29.41×"))
            .andExpect(xpath("//article[@id='claim-18x']//strong[@class='claimed']").string("18.00×"))
            .andExpect(xpath("//article[@id='claim-10pct']//strong[@class='ratio']").string("0.75×"))
            .andExpect(xpath("//article[@id='claim-10pct']/p[@class='claim-data']")
                .string(allOf(containsString("25% less"), containsString("10% more"))))
            .andExpect(xpath("//article[@id='claim-10pct']/p[@class='explanation']")
                .string(containsString("13 June to 6 November 2023")))
            .andExpect(xpath("//article[@id='claim-10pct']//a[@href='/sources#konko-llama2-70b']").exists());
    }

    @Test
    void everyFieldHasALabelUnitsDefaultAndRange() throws Exception {
        mvc.perform(get("/cost?models=llama-2-70b"))
            .andExpect(xpath("//label[@for='f-inputTokens']").string(allOf(containsString("Input tokens a month"),
                    containsString("(tokens)"))))
            .andExpect(xpath("//small[@id='h-inputTokens']").string(allOf(containsString("Default: 1,000,000"),
                    containsString("from 0 to 10,000,000,000,000 (10^13)"))))
            .andExpect(xpath("//small[@id='h-cachedShare']").string(containsString("from 0 to 100")))
            .andExpect(xpath("//small[@id='h-utilization']").string(containsString("from 1 to 100")))
            .andExpect(xpath("//label[@for='f-gpuHourlyUsd.llama-2-70b']").string(containsString("USD per GPU-hour")))
            .andExpect(xpath("//input[@name='gpuHourlyUsd.llama-2-70b']/@placeholder").string("3.02"))
            .andExpect(xpath("//input[@name='tokensPerSecond.llama-2-70b']/@placeholder").string("3999"))
            .andExpect(xpath("//input[@name='gpuCount.llama-2-70b']/@placeholder").string("3"))
            .andExpect(xpath("//small[@id='h-gpuCount.llama-2-70b']").string(allOf(containsString("Default: 3"),
                    containsString("from 1 to 1,024"))))
            .andExpect(xpath("//small[@id='h-tokensPerSecond.llama-2-70b']")
                .string(containsString("more than 0, up to 10,000,000")))
            .andExpect(xpath("//small[@id='h-inputPrice.llama-2-70b']").string(containsString("give both prices")))
            .andExpect(xpath("count(//form[@id='cost-form']//input[@type='text'][not(@id)])").number(0.0))
            .andExpect(xpath("count(//form[@id='cost-form']//input[@type='text'])")
                .number(20.0));
    }

    @Test
    void theSourcesPageListsTheHostingAssumptionsAndClaimsCitingEachSource() throws Exception {
        mvc.perform(get("/sources"))
            .andExpect(status().isOk())
            .andExpect(xpath("//article[@id='llm-price-compass']").string(allOf(
                    containsString("e3f200789e7eb68f9f1a8a9160a808b6de72a912"), containsString("MIT"))))
            .andExpect(xpath("//article[@id='llm-price-compass']//details/ul").string(
                    containsString("Hosting llama-2-70b on NVIDIA H100 80GB — $ per GPU-hour (assumption)")))
            .andExpect(xpath("//article[@id='konko-llama2-70b']//details//a[@href='/cost#claim-10pct']").exists());
    }

    @Test
    void unknownParametersAreIgnored() throws Exception {
        mvc.perform(get("/cost?models=gpt-4&utm_source=newsletter&fbclid=abc&inputPrice.gpt-4-32k=1"))
            .andExpect(status().isOk())
            .andExpect(xpath("//a[@id='share-link']/@href").string("/cost?models=gpt-4&inputTokens=1000000"
                    + "&outputTokens=1000000&cachedShare=0&utilization=50"));
    }

    @Test
    void theShareLinkReproducesTheSameNumbers() throws Exception {
        String query = "/cost?models=llama-2-70b-chat,gpt-4&requestsPerDay=250&inputTokensPerRequest=1200"
                + "&outputTokensPerRequest=300&cachedShare=10&utilization=70&gpuCount.llama-2-70b-chat=4";
        String share = mvc.perform(get(query)).andReturn().getResponse().getContentAsString()
            .replaceAll("(?s).*id=\"share-link\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        String first = monthlyCosts(query);
        String again = monthlyCosts(share);
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first).contains("$");
    }

    private String monthlyCosts(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return java.util.regex.Pattern.compile("class=\"num (monthly|always-on|on-demand)\">([^<]+)<")
            .matcher(html)
            .results()
            .map(match -> match.group(2))
            .toList()
            .toString();
    }
}
