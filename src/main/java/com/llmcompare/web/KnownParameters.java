package com.llmcompare.web;

import java.beans.PropertyDescriptor;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which query parameters the page a request goes to reads: its handler's {@code @RequestParam}s, the
 * properties of its form object, or what its feature declares ({@link QueryParameters}). A parameter no
 * page reads cannot change the answer, so it is left out of the cache key and the ETag: a distinct URL
 * never buys a distinct cache entry or a distinct render.
 */
@Component
class KnownParameters {

    private static final Predicate<String> EVERY = name -> true;

    /** Looked up on first use: filters are built before the MVC infrastructure. */
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    private final List<QueryParameters> declared;

    private final Map<HandlerMethod, Predicate<String>> byHandler = new ConcurrentHashMap<>();

    KnownParameters(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            List<QueryParameters> declared) {
        this.mappings = mappings;
        this.declared = declared;
    }

    /** The parameters the request's page reads; every parameter where no page answers it. */
    Predicate<String> of(HttpServletRequest request) {
        HandlerExecutionChain chain;
        // Ahead of the DispatcherServlet the request path is not parsed yet: parse it for the lookup only.
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (parsedHere) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            chain = mappings.getObject().getHandler(request);
        }
        catch (Exception ex) {
            return EVERY;
        }
        finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
        if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
            return EVERY;
        }
        return byHandler.computeIfAbsent(handler, this::read);
    }

    private Predicate<String> read(HandlerMethod handler) {
        for (QueryParameters declaration : declared) {
            if (declaration.describes(handler)) {
                return declaration::reads;
            }
        }
        Set<String> names = new HashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null && (parameter.getParameterType() == MultiValueMap.class
                    || parameter.getParameterType() == Map.class)) {
                // a free-form map without a declaration: keep everything rather than guess
                return EVERY;
            }
            if (requestParam != null) {
                names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
            }
            else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
                    if (property.getWriteMethod() != null) {
                        names.add(property.getName());
                    }
                }
            }
        }
        return Set.copyOf(names)::contains;
    }
}
