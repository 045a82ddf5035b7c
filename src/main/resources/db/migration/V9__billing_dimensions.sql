-- Every billing dimension a price source states (issue 15): cache writes (5-minute and 1-hour), a fee per
-- request, the provider's batch discount, and long-context tiers. All rates are in the price's own unit,
-- per per_units tokens, like input_usd; null where the offer has no such rate.
alter table price add column cache_write_usd decimal(19, 9);
alter table price add column cache_write_1h_usd decimal(19, 9);
alter table price add column request_fee_usd decimal(19, 9);
alter table price add column batch_discount_percent decimal(5, 2);
alter table price add column batch_turnaround varchar(100);
alter table price add column batch_source_id varchar(100) references source(id);

-- A request whose input tokens exceed above_tokens pays the tier's rate for all its tokens of each kind
-- (genai-prices' "cliff" tiers); a null rate keeps the price's base rate for that kind.
create table price_tier (
    price_id varchar(100) not null references price(id),
    position int not null,
    above_tokens bigint not null,
    input_usd decimal(19, 9),
    output_usd decimal(19, 9),
    cached_input_usd decimal(19, 9),
    cache_write_usd decimal(19, 9),
    cache_write_1h_usd decimal(19, 9),
    primary key (price_id, position)
);
