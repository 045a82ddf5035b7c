package com.llmcompare.core.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A GPU the calculator can self-host on ({@code data/gpus.json}): its memory and its sourced hourly prices. */
@Entity
@Table(name = "gpu")
public class Gpu {

    @Id
    private String id;

    private String name;

    private BigDecimal memoryGb;

    private String memorySourceId;

    private String memoryQuote;

    @ElementCollection
    @CollectionTable(name = "gpu_price", joinColumns = @JoinColumn(name = "gpu_id"))
    @OrderColumn(name = "position")
    private List<GpuPrice> prices = new ArrayList<>();

    protected Gpu() {
    }

    public Gpu(String id, String name, BigDecimal memoryGb, String memorySourceId, String memoryQuote,
            List<GpuPrice> prices) {
        this.id = id;
        this.name = name;
        this.memoryGb = memoryGb;
        this.memorySourceId = memorySourceId;
        this.memoryQuote = memoryQuote;
        this.prices = new ArrayList<>(prices);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMemoryGb() {
        return memoryGb;
    }

    public String getMemorySourceId() {
        return memorySourceId;
    }

    public String getMemoryQuote() {
        return memoryQuote;
    }

    /** In the file's order. */
    public List<GpuPrice> getPrices() {
        return prices;
    }
}
