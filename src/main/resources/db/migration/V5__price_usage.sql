-- The kind of usage a price is for (standard, batch, priority, flex, fine-tuned): each kind is a
-- separate offer when deciding which price is current.
alter table price add column usage varchar(20) default 'standard' not null;
