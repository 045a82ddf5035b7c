-- Each model's tokenizer (issue 15): an OpenAI encoding counted with tiktoken's rules, a published
-- tokenizer.json shipped with the app, or, where the tokenizer is not public, an estimate (another family's
-- count times a sourced ratio).
create table tokenizer_family (
    id varchar(100) primary key,
    name varchar(200) not null,
    kind varchar(20) not null,
    encoding_name varchar(50),
    resource_name varchar(100),
    base_family varchar(100),
    ratio decimal(10, 4),
    source_id varchar(100) not null references source(id),
    quote varchar(2000),
    licence varchar(500),
    licence_source_id varchar(100) references source(id),
    note varchar(2000)
);

create table tokenizer_model (
    family_id varchar(100) not null references tokenizer_family(id),
    model_slug varchar(100) not null references language_model(slug),
    primary key (family_id, model_slug)
);
