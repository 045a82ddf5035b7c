-- Who ran an evaluation, when, how sure it is: score boards state these per row.
alter table score add column run_by varchar(300);
alter table score add column run_by_url varchar(2000);
alter table score add column run_date varchar(10);
alter table score add column uncertainty varchar(100);
alter table score add column votes bigint;
-- What a benchmark is for on the site: a headline of comparisons, the overall index, human preference.
alter table benchmark add column role varchar(20);
alter table benchmark add column ceiling double precision;
-- The day a price's provider closed: all its prices are retired from then on.
alter table price add column provider_closed varchar(10);
-- A lifecycle with the vendor's deprecation date and named successor, or marked unverified.
alter table language_model add column lifecycle_announced varchar(10);
alter table language_model add column lifecycle_successor varchar(200);
alter table language_model add column lifecycle_unverified boolean default false not null;
