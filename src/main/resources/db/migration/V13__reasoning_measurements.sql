-- Output tokens (answer and thinking) per task as a benchmark measured them, per model and setting (issue 15):
-- what a reasoning model's requests really produce, shown beside the calculator's reasoning field.
create table reasoning_measurement (
    id int primary key,
    model_slug varchar(100) not null references language_model(slug),
    setting varchar(300) not null,
    effort varchar(50),
    thinking_budget int,
    output_tokens_per_task int not null,
    prompt_tokens_per_task int,
    tasks int not null,
    measured_on varchar(10),
    source_id varchar(100) not null references source(id),
    entry varchar(300) not null,
    quote varchar(1000) not null
);
