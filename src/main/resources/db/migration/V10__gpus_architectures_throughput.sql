-- Self-hosting on today's GPUs (issue 15): the GPUs with their memory and sourced hourly prices, the
-- architecture numbers that size a model's KV cache, and measured serving throughput per model and GPU.
create table gpu (
    id varchar(100) primary key,
    name varchar(200) not null,
    memory_gb decimal(10, 2) not null,
    memory_source_id varchar(100) not null references source(id),
    memory_quote varchar(2000)
);

create table gpu_price (
    gpu_id varchar(100) not null references gpu(id),
    position int not null,
    usd_per_hour decimal(19, 6) not null,
    kind varchar(30) not null,
    provider varchar(200) not null,
    source_id varchar(100) not null references source(id),
    quote varchar(2000),
    price_date varchar(10),
    note varchar(2000),
    primary key (gpu_id, position)
);

create table model_architecture (
    model_slug varchar(100) primary key references language_model(slug),
    layers int not null,
    attention varchar(10) not null,
    kv_heads int,
    head_dim int,
    kv_lora_rank int,
    qk_rope_head_dim int,
    sliding_layers int,
    sliding_window int,
    experts int,
    experts_per_token int,
    active_parameters bigint,
    source_id varchar(100) not null references source(id),
    quote varchar(4000) not null,
    note varchar(2000)
);

create table throughput_run (
    id int primary key,
    model_slug varchar(100) not null references language_model(slug),
    gpu_id varchar(100) not null references gpu(id),
    gpu_count int not null,
    parallelism varchar(50),
    precision_label varchar(10) not null,
    engine varchar(100) not null,
    kind varchar(20) not null,
    input_tokens int not null,
    output_tokens int not null,
    concurrency int,
    output_tokens_per_second decimal(19, 4) not null,
    total_tokens_per_second decimal(19, 4),
    ttft_ms_median decimal(19, 4),
    ttft_ms_p99 decimal(19, 4),
    tpot_ms_median decimal(19, 4),
    tpot_ms_p99 decimal(19, 4),
    source_id varchar(100) not null references source(id),
    entry varchar(300) not null,
    quote varchar(4000) not null,
    setting varchar(500),
    note varchar(2000)
);
