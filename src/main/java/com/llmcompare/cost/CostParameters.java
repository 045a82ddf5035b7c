package com.llmcompare.cost;

import com.llmcompare.web.QualityPriceCharts;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import com.llmcompare.web.QueryParameters;

/** The calculator reads its parameters as a map: these are the ones it knows ({@link CostField}, models). */
@Component
class CostParameters implements QueryParameters {

    private static final Set<Class<?>> HANDLERS = Set.of(CostController.class, CostApiController.class);

    @Override
    public boolean describes(HandlerMethod handler) {
        return HANDLERS.contains(handler.getBeanType());
    }

    @Override
    public boolean reads(String name) {
        if (name.equals("models") || name.equals(CostForm.BASIS) || name.equals(CostForm.AS_OF) || name.equals(QualityPriceCharts.PARAMETER)) {
            return true;
        }
        CostField field = CostField.byName().get(name);
        if (field != null) {
            return !field.isPerModel();
        }
        int dot = name.indexOf('.');
        return dot > 0 && (CostField.perModelField(name.substring(0, dot)).isPresent()
                || GpuChoice.PARAMETERS.contains(name.substring(0, dot)));
    }
}
