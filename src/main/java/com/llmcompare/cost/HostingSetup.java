package com.llmcompare.cost;

import java.util.List;

import com.llmcompare.core.cost.HostingDefaults.Assumption;

/**
 * What self-hosting one model starts from before the user's overrides: the GPU, its memory and price, the
 * throughput of one GPU and how the GPUs are counted. Either a measured option of the data set (a run on a GPU
 * type at a precision, sized from the model's architecture) or, for the models no run covers, the hosting
 * profile of {@code hosting.json}.
 *
 * @param minimumGpus the GPUs the measured run used (the replica is at least that), 1 for a profile
 * @param measured {@code null} for a hosting profile
 * @param options every measured option of the model, the cheapest first (empty for a profile)
 * @param architectureSourceId the configuration the KV cache is sized from, {@code null} without one
 */
public record HostingSetup(String gpuType, Assumption gpuMemory, Assumption gpuHourly, Assumption perGpuThroughput,
        MemoryPlan sizing, int minimumGpus, String note, HostingOption measured, List<HostingOption> options,
        String architectureSourceId) {

    public HostingSetup {
        options = List.copyOf(options);
    }

    public int gpusNeeded() {
        return Math.max(minimumGpus, sizing.gpusNeeded());
    }
}
