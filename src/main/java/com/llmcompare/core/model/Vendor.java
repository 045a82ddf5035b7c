package com.llmcompare.core.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Who makes a model. */
@Entity
public class Vendor {

    @Id
    private String slug;

    private String name;

    private String url;

    protected Vendor() {
    }

    public Vendor(String slug, String name, String url) {
        this.slug = slug;
        this.name = name;
        this.url = url;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }
}
