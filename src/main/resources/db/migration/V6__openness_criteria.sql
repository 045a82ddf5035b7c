-- An openness audit rates the tracker's 14 features or the European Open Source AI Index's 12
-- criteria (data/openness/{slug}.json, "criteria"); an index audit names the index entry it comes from.
alter table language_model add column openness_criteria varchar(40) not null default 'opening-up-chatgpt';
alter table language_model add column openness_source_id varchar(100) references source(id);
alter table openness_feature alter column feature varchar(40);
