-- A password handed out by someone else (the first admin's, from `server:admin -- init`) must be
-- replaced by its owner before the account can sign in.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
