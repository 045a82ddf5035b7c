package com.llmcompare.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.llmcompare.core.cost.Precision;
import com.llmcompare.cost.MemorySizing.KvShape;

/** Hand-worked sizings of today's architectures, from their configuration files' numbers (data/architectures.json). */
class MemorySizingTests {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void llama33With16RequestsOf2000TokensAtFp8NeedsTwoH100s() {
        // 80 layers, 8 KV heads of 128: 2 × 8 × 128 values × 2 bytes = 4,096 bytes per layer and token
        MemorySizing sizing = new MemorySizing(n("70E9"), Precision.FP8, KvShape.groupedQuery(80, 8, 128, 0, null), 2_000,
                16, n("80"));

        assertThat(sizing.weightsGb()).isEqualByComparingTo("70");
        // 4,096 × 80 layers × 2,000 tokens × 16 requests = 10,485,760,000 bytes
        assertThat(sizing.kvCacheGb()).isEqualByComparingTo("10.48576");
        assertThat(sizing.memoryNeededGb()).isEqualByComparingTo("80.48576");
        // 80.48576 ÷ 72 usable = 1.12 → 2
        assertThat(sizing.gpusNeeded()).isEqualTo(2);
        assertThat(sizing.working()).isEqualTo("weights 70B params × 1 byte (fp8) = 70 GB; KV cache 2 × 8 KV heads × 128 dims"
                + " × 80 layers × 2,000 tokens × 2 bytes × 16 requests at once = ≈10.49 GB; ≈80.49 GB ÷ (80 GB × 90% usable)"
                + " = 1.12 → 2 GPUs");
    }

    @Test
    void deepSeeksLatentAttentionCachesOneCompressedVectorPerLayer() {
        // 61 layers × (512 + 64) values × 2 bytes = 70,272 bytes per token
        MemorySizing sizing = new MemorySizing(n("671E9"), Precision.FP8, KvShape.latent(61, 512, 64), 10_000, 8,
                n("141"));

        assertThat(sizing.kvCacheGb()).isEqualByComparingTo("5.62176");
        assertThat(sizing.memoryNeededGb()).isEqualByComparingTo("676.62176");
        // ÷ (141 × 0.9 = 126.9) = 5.33 → 6 H200s
        assertThat(sizing.gpusNeeded()).isEqualTo(6);
        assertThat(sizing.working()).contains("KV cache (512 latent + 64 rotary) dims × 61 layers × 10,000 tokens");
    }

    @Test
    void slidingWindowLayersHoldOnlyTheirWindow() {
        // gpt-oss-120b: 36 layers, half of them a 128-token window; 8 KV heads of 64; MXFP4 weights at 4.25 bits
        MemorySizing sizing = new MemorySizing(n("117E9"), Precision.MXFP4, KvShape.groupedQuery(36, 8, 64, 18, 128),
                4_200, 1, n("80"));

        assertThat(sizing.weightsGb()).isEqualByComparingTo("62.15625");
        // (18 × 4,200 + 18 × 128) layer-tokens × 2 × 8 × 64 values × 2 bytes = 159,547,392 bytes
        assertThat(sizing.kvCacheGb()).isEqualByComparingTo("0.159547392");
        assertThat(sizing.gpusNeeded()).isEqualTo(1);
        assertThat(sizing.working()).contains("18 full layers × 4,200 tokens + 18 sliding layers × 128 tokens");
    }

    @Test
    void aWindowLongerThanTheRequestHoldsTheRequest() {
        MemorySizing shortRequest = new MemorySizing(n("1E9"), Precision.BF16, KvShape.groupedQuery(2, 1, 1, 1, 1_000), 10,
                1, n("80"));

        // 2 values × 2 bytes × (10 + 10) layer-tokens
        assertThat(shortRequest.kvCacheGb()).isEqualByComparingTo("0.00000008");
    }

    @Test
    void moreRequestsAtOnceCanNeedMoreGpusThanTheWeights() {
        KvShape llama = KvShape.groupedQuery(80, 8, 128, 0, null);

        // one request of 4,096 tokens: 70 + 1.34 GB fits the 72 usable; one of 8,192 (72.68 GB) does not
        assertThat(new MemorySizing(n("70E9"), Precision.FP8, llama, 4_096, 1, n("80")).gpusNeeded()).isEqualTo(1);
        assertThat(new MemorySizing(n("70E9"), Precision.FP8, llama, 8_192, 1, n("80")).gpusNeeded()).isEqualTo(2);
        // 4,096 × 80 × 8,192 × 64 = 171.8 GB of cache: 241.8 GB over 72 → 4
        assertThat(new MemorySizing(n("70E9"), Precision.FP8, llama, 8_192, 64, n("80")).gpusNeeded()).isEqualTo(4);
    }

    @Test
    void nonsenseShapesAndLoadsAreRefused() {
        KvShape llama = KvShape.groupedQuery(80, 8, 128, 0, null);
        assertThatIllegalArgumentException().isThrownBy(() -> new MemorySizing(n("70E9"), Precision.FP8, llama, 0, 1, n("80")));
        assertThatIllegalArgumentException().isThrownBy(() -> new MemorySizing(n("70E9"), Precision.FP8, llama, 1, 0, n("80")));
        assertThatIllegalArgumentException().isThrownBy(() -> KvShape.groupedQuery(4, 8, 128, 5, 128));
        assertThatIllegalArgumentException().isThrownBy(() -> KvShape.groupedQuery(4, 8, 128, 2, null));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MemorySizing(n("70E9"), Precision.FP8, llama, 10_000_000, 100_000, n("80")).gpusNeeded())
            .withMessageStartingWith("concurrency");
    }
}
