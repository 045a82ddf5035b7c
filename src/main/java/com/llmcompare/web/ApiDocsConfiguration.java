package com.llmcompare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.TransformedResource;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The API documentation names the site by its configured public address, never by the request's
 * {@code Host} or {@code X-Forwarded-Host}: an answer a cache may keep must not carry a URL an attacker
 * chose. Its page (swagger-ui's own index.html, titled "Swagger UI", without a viewport or a way back)
 * is given the site's name, a description, a viewport and a link home.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String HEAD = """
            <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="description" content="The JSON API of LLM Compare: models, comparisons and monthly \
            costs of open and closed language models, every number with its source.">
                <title>JSON API &#8212; LLM Compare</title>""";

    /** Plain HTML (ASCII: the page is sent without a charset parameter); its policy allows inline styles, never scripts. */
    static final String HOME = """
            <body>
                <p style="margin:0;padding:.6rem 1rem;font:1rem/1.5 sans-serif;border-bottom:1px solid #d9dee5">\
            <a href="/" style="font-weight:700">LLM Compare</a> &#183; the JSON API, documented with OpenAPI \
            (<a href="/api-docs">the OpenAPI document</a>)</p>""";

    @Bean
    OpenAPI apiDocs(SiteProperties site) {
        return new OpenAPI().info(new Info().title("LLM Compare API").version("1"))
            .servers(List.of(new Server().url(site.publicBase() == null ? "/" : site.publicBase())
                .description("LLM Compare")));
    }

    /** Springdoc's transformer (it configures swagger-initializer.js), and the site's head and header on index.html. */
    @Bean
    SwaggerIndexTransformer brandedIndexPageTransformer(SwaggerUiConfigProperties config,
            SwaggerUiOAuthProperties oauth, SwaggerWelcomeCommon welcome, ObjectMapperProvider mapper) {
        SwaggerIndexPageTransformer springdoc = new SwaggerIndexPageTransformer(config, oauth, welcome, mapper);
        return (request, resource, chain) -> {
            Resource transformed = springdoc.transform(request, resource, chain);
            if (!"index.html".equals(resource.getFilename())) {
                return transformed;
            }
            return new TransformedResource(resource, branded(read(transformed)).getBytes(StandardCharsets.UTF_8));
        };
    }

    static String branded(String html) {
        return html.replace("<title>Swagger UI</title>", HEAD).replaceFirst("<body>", HOME);
    }

    private static String read(Resource resource) throws IOException {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
