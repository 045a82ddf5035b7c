package com.llmcompare.cost;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;

/** Describes {@code /api/cost}'s parameters from {@link CostField}, their one definition. */
@Component
class CostApiDocs implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (handlerMethod.getBeanType() == CostApiController.class) {
            operation.setDescription(CostField.apiDescription());
        }
        return operation;
    }
}
