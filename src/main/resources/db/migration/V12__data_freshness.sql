-- How fresh each part of the data set is (issue 16): the newest price check, the newest dated score run,
-- the newest source an openness audit rests on. The footer shows them; a price check older than the
-- configured days brings a notice.
alter table data_set_info add column prices_as_of varchar(10);
alter table data_set_info add column scores_as_of varchar(10);
alter table data_set_info add column openness_as_of varchar(10);
