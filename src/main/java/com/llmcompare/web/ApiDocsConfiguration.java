package com.llmcompare.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The API documentation names the site by its configured public address, never by the request's
 * {@code Host} or {@code X-Forwarded-Host}: an answer a cache may keep must not carry a URL an attacker
 * chose.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenAPI apiDocs(SiteProperties site) {
        return new OpenAPI().info(new Info().title("LLM Compare API").version("1"))
            .servers(List.of(new Server().url(site.publicBase() == null ? "/" : site.publicBase())
                .description("LLM Compare")));
    }
}
