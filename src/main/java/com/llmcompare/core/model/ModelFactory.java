package com.llmcompare.core.model;

import com.llmcompare.core.model.Claim;
import com.llmcompare.core.model.ExtendedContext;
import com.llmcompare.core.model.LanguageModel;
import com.llmcompare.core.model.License;
import com.llmcompare.core.model.Vendor;

import java.util.List;

import com.llmcompare.core.dataset.DataFiles.ModelFile;
import com.llmcompare.core.openness.OpennessAudit;

/** Builds a {@link LanguageModel} entity from its file in {@code data/models/}. */
public final class ModelFactory {

    private ModelFactory() {
    }

    public static LanguageModel create(ModelFile file, Vendor vendor, License license, List<Claim> claims,
            OpennessAudit audit) {
        LanguageModel model = new LanguageModel();
        model.opennessCriteria = audit.getCriteria().getId();
        model.opennessBasis = audit.getBasis();
        model.opennessSourceId = audit.getSourceId();
        model.opennessFeatures = new java.util.ArrayList<>(audit.getEntries());
        model.slug = file.slug();
        model.name = file.name();
        model.family = file.family();
        model.vendor = vendor;
        model.kind = file.kind();
        model.architecture = file.architecture();
        model.baseModelSlug = file.baseModel();
        model.summary = file.summary();
        model.namedIn = file.namedIn() == null ? null : String.join(",", file.namedIn());
        model.releaseDate = file.release().date();
        model.parametersStatus = file.parameters().status();
        model.parameterCount = file.parameters().count();
        model.contextTokens = file.context().tokens();
        if (file.trainingTokens() != null) {
            model.trainingTokensStatus = file.trainingTokens().status();
            model.trainingTokenCount = file.trainingTokens().count();
        }
        model.trainingDataDocumented = file.trainingData().documented();
        model.trainingCodePublic = file.trainingCode().isPublic();
        model.license = license;
        model.weightsDownloadable = file.access().weightsDownloadable();
        model.apiAvailable = file.access().api();
        if (file.fineTuning() != null) {
            model.fineTuningAvailable = file.fineTuning().available();
            model.fineTuningHow = file.fineTuning().how();
        }
        model.lifecycleStatus = file.lifecycle().status();
        model.lifecycleDate = file.lifecycle().date();
        model.lifecycleText = file.lifecycle().value();
        model.lifecycleSourceId = file.lifecycle().source();
        model.lifecycleQuote = file.lifecycle().quote();
        model.lifecycleAnnounced = file.lifecycle().announced();
        model.lifecycleSuccessor = file.lifecycle().successor();
        model.lifecycleUnverified = Boolean.TRUE.equals(file.lifecycle().unverified());
        if (file.capabilities() != null) {
            model.inputModalities = join(file.capabilities().inputModalities());
            model.outputModalities = join(file.capabilities().outputModalities());
            model.toolCalling = file.capabilities().toolCalling();
            model.maxOutputTokens = file.capabilities().maxOutputTokens();
            model.knowledgeCutoff = file.capabilities().knowledgeCutoff();
            model.capabilitiesSourceId = file.capabilities().source();
            model.capabilitiesNote = file.capabilities().note();
        }
        if (file.tokenizer() != null) {
            model.tokenizerMultiplier = file.tokenizer().multiplier();
            model.tokenizerSourceId = file.tokenizer().source();
            model.tokenizerQuote = file.tokenizer().quote();
        }
        model.claims = new java.util.ArrayList<>(claims);
        if (file.context().extended() != null) {
            model.extendedContexts = file.context()
                .extended()
                .stream()
                .map(e -> new ExtendedContext(e.tokens(), e.label(), e.source(), e.quote(), e.confidence()))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        }
        return model;
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(",", values);
    }
}
