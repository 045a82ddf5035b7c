package com.llmcompare.cost;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.llmcompare.web.SourceDirectory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@Tag(name = "Cost")
class CostApiController {

    private final CostCalculator calculator;

    private final SourceDirectory sources;

    CostApiController(CostCalculator calculator, SourceDirectory sources) {
        this.calculator = calculator;
        this.sources = sources;
    }

    @GetMapping("/api/cost")
    // The parameters are described from CostField, their one definition, by CostApiDocs.
    @Operation(summary = "The monthly cost calculator: the same parameters and numbers as /cost, with sources")
    CostJson cost(@RequestParam MultiValueMap<String, String> parameters) {
        CostForm form = calculator.read(parameters);
        form.throwIfInvalid();
        return CostJson.of(calculator.calculate(form.query()), sources.byId());
    }

    /** Every bad parameter, not just the first, so that a client can fix them all at once. */
    @ExceptionHandler(InvalidCostInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCostInput ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("parameter", ex.getParameter());
        problem.setProperty("errors", ex.getErrors()
            .entrySet()
            .stream()
            .map(error -> Map.of("parameter", error.getKey(), "detail", error.getValue()))
            .toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }
}
