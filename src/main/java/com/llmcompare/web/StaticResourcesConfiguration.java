package com.llmcompare.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, and only their paths: CSS and JavaScript under content-hashed names, cached for a
 * year, and robots.txt. Mapped by their own folders rather than Spring Boot's catch-all {@code /**}, so
 * that building a page's links to models and comparisons never asks the classpath whether a static file
 * of that name exists (it did for every link, and was most of an uncached page's time).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl aYear = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
        for (String folder : new String[] { "css", "js" }) {
            registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/")
                .setCacheControl(aYear)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/robots.txt").addResourceLocations("classpath:/static/").setCacheControl(aYear);
    }
}
