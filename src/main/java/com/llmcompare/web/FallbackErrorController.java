package com.llmcompare.web;

import java.net.URI;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The last line of error handling, for what never reached a controller (a malformed query
 * string, say): a short page or problem detail that names the kind of problem, without
 * echoing the request or any server detail. Replaces Spring Boot's whitelabel controller.
 */
@Controller
class FallbackErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly (GET /error), there is no error to report: no page here.
        HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 404);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = detail(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(URI.create("/api/"));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed: check the address for a stray '%' or characters that "
                    + "are not allowed in a URL.";
            case NOT_FOUND -> "There is no page at this address.";
            case METHOD_NOT_ALLOWED -> "This site answers GET and HEAD only.";
            default -> status.is4xxClientError() ? "The request cannot be answered (" + status.getReasonPhrase() + ")."
                    : "Something went wrong on our side; please try again later.";
        };
    }
}
