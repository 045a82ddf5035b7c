package com.llmcompare.core.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A source cited by the data set: one of the three articles, or an outside source. */
@Entity
public class Source {

    @Id
    private String id;

    private String kind;

    private String title;

    private String publisher;

    @Column(name = "published")
    private String date;

    private String url;

    private String seedFile;

    private String note;

    protected Source() {
    }

    public Source(String id, String kind, String title, String publisher, String date, String url, String seedFile,
            String note) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.publisher = publisher;
        this.date = date;
        this.url = url;
        this.seedFile = seedFile;
        this.note = note;
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getDate() {
        return date;
    }

    public String getUrl() {
        return url;
    }

    public String getSeedFile() {
        return seedFile;
    }

    public String getNote() {
        return note;
    }

    public boolean isArticle() {
        return "article".equals(kind);
    }
}
