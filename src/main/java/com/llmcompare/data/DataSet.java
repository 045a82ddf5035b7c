package com.llmcompare.data;

import java.util.List;

import com.llmcompare.core.dataset.DataFiles.BenchmarkFile;
import com.llmcompare.core.dataset.DataFiles.CostClaimFile;
import com.llmcompare.core.dataset.DataFiles.HostingFile;
import com.llmcompare.core.dataset.DataFiles.GpuFile;
import com.llmcompare.core.dataset.DataFiles.ArchitectureFile;
import com.llmcompare.core.dataset.DataFiles.ThroughputFile;
import com.llmcompare.core.dataset.DataFiles.TokenizerFamilyFile;
import com.llmcompare.core.dataset.DataFiles.ReasoningFile;
import com.llmcompare.core.dataset.DataFiles.ClaimCheckFile;
import com.llmcompare.core.dataset.DataFiles.LicenseFile;
import com.llmcompare.core.dataset.DataFiles.ModelFile;
import com.llmcompare.core.dataset.DataFiles.OpennessAuditFile;
import com.llmcompare.core.dataset.DataFiles.PriceFile;
import com.llmcompare.core.dataset.DataFiles.ScoreFile;
import com.llmcompare.core.dataset.DataFiles.SourceFile;
import com.llmcompare.core.dataset.DataFiles.ProviderFile;
import com.llmcompare.core.dataset.DataFiles.TradeOffsFile;
import com.llmcompare.core.dataset.DataFiles.TransparencyFile;
import com.llmcompare.core.dataset.DataFiles.VendorFile;

/** The whole data set as read from {@code data/}, before it is loaded into the database. */
public record DataSet(List<SourceFile> sources, List<VendorFile> vendors, List<LicenseFile> licenses,
        List<BenchmarkFile> benchmarks, List<ModelFile> models, List<ScoreFile> scores, List<PriceFile> prices,
        TradeOffsFile tradeOffs, List<HostingFile> hosting, List<CostClaimFile> costClaims,
        List<OpennessAuditFile> audits, List<ClaimCheckFile> claimChecks, List<ProviderFile> providers,
        List<TransparencyFile> transparency, List<GpuFile> gpus,
        List<ArchitectureFile> architectures, List<ThroughputFile> throughput,
        List<TokenizerFamilyFile> tokenizers,
        List<ReasoningFile> reasoning, String version) {
}
